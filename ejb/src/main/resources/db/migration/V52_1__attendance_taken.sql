-- Whether the teacher has taken a held lesson's attendance (§23.3): written once, when the lesson
-- is saved in one action (the grid, PUT /api/v1/lessons/{id}/entries), so that "nobody was absent"
-- can be told from "attendance never taken" — the deputy's filling dashboard counts the latter.
CREATE TABLE lesson_attendance_taken (
  lesson_id  BIGINT       NOT NULL PRIMARY KEY,
  taken_by   BIGINT       NOT NULL,
  taken_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_attendance_taken_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
  CONSTRAINT fk_attendance_taken_person FOREIGN KEY (taken_by) REFERENCES person (id)
);

-- the lessons kept before this record existed: one with a topic or an absence had its attendance taken
INSERT INTO lesson_attendance_taken (lesson_id, taken_by, taken_at)
SELECT l.id, COALESCE(l.substitute_id, l.teacher_id), CURRENT_TIMESTAMP(3)
  FROM lesson l
 WHERE l.not_held_reason IS NULL
   AND ((l.topic IS NOT NULL AND TRIM(l.topic) <> '')
        OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id));
