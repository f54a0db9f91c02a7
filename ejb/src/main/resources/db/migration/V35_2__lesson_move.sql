-- A lesson moved to another date or lesson number (§23.13): where it first was (so that the
-- timetable does not generate it there again) and why it moved (the class's families are told).
ALTER TABLE lesson
  ADD COLUMN moved_from_date    DATE          NULL,
  ADD COLUMN moved_from_number  SMALLINT      NULL,
  ADD COLUMN move_reason        VARCHAR(500)  NULL,
  ADD INDEX ix_lesson_moved_from (group_id, moved_from_date);
