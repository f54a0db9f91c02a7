-- The daily journal (requirements §2 timetable, §3; regulation §21.8, §23.3–§23.16): the weekly
-- timetable, lessons with their record, marks, attendance, justification notes from guardians,
-- praise / remarks / comments, and which assessment scales a grade and subject allow.

-- tvarkaraštis: one weekly lesson of a group, valid from a date (a leaving teacher's lessons end)
CREATE TABLE timetable_slot (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT       NOT NULL,
  weekday         SMALLINT     NOT NULL,
  lesson_number   SMALLINT     NOT NULL,
  group_id        BIGINT       NOT NULL,
  subject_id      BIGINT       NOT NULL,
  teacher_id      BIGINT       NOT NULL,
  room            VARCHAR(20)  NULL,
  valid_from      DATE         NOT NULL,
  valid_to        DATE         NULL,
  version         INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_timetable_slot_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_timetable_slot_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_timetable_slot_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_timetable_slot_teacher FOREIGN KEY (teacher_id) REFERENCES person (id),
  CONSTRAINT ck_timetable_slot_weekday CHECK (weekday BETWEEN 1 AND 5),
  CONSTRAINT ck_timetable_slot_number CHECK (lesson_number BETWEEN 0 AND 12),
  CONSTRAINT ck_timetable_slot_dates CHECK (valid_to IS NULL OR valid_from <= valid_to),
  INDEX ix_timetable_slot_time (school_year_id, weekday, lesson_number),
  INDEX ix_timetable_slot_teacher (teacher_id),
  INDEX ix_timetable_slot_group (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- pamoka: generated from the timetable or added by hand; its record (topic, homework, notes),
-- the reason it did not take place, distance learning, and the substitute who gave it
CREATE TABLE lesson (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id           BIGINT         NOT NULL,
  subject_id         BIGINT         NOT NULL,
  teacher_id         BIGINT         NOT NULL,
  substitute_id      BIGINT         NULL,
  timetable_slot_id  BIGINT         NULL,
  lesson_date        DATE           NOT NULL,
  lesson_number      SMALLINT       NOT NULL,
  topic              VARCHAR(500)   NULL,
  homework           VARCHAR(2000)  NULL,
  homework_due       DATE           NULL,
  notes              VARCHAR(2000)  NULL,
  not_held_reason    VARCHAR(30)    NULL,
  distance           BOOLEAN        NOT NULL DEFAULT FALSE,
  version            INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_lesson_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_lesson_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_lesson_teacher FOREIGN KEY (teacher_id) REFERENCES person (id),
  CONSTRAINT fk_lesson_substitute FOREIGN KEY (substitute_id) REFERENCES person (id),
  CONSTRAINT fk_lesson_slot FOREIGN KEY (timetable_slot_id) REFERENCES timetable_slot (id) ON DELETE SET NULL,
  CONSTRAINT uq_lesson_slot UNIQUE (group_id, lesson_date, lesson_number),
  CONSTRAINT ck_lesson_number CHECK (lesson_number BETWEEN 0 AND 12),
  CONSTRAINT ck_lesson_not_held CHECK (not_held_reason IS NULL OR not_held_reason IN ('COLD', 'HEAT', 'QUARANTINE', 'NATURAL_DISASTER')),
  INDEX ix_lesson_group_date (group_id, lesson_date),
  INDEX ix_lesson_teacher_date (teacher_id, lesson_date),
  INDEX ix_lesson_substitute (substitute_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- įvertinimas: one per student and lesson; value by scale (NULL for a descriptive assessment)
CREATE TABLE mark (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  lesson_id    BIGINT         NOT NULL,
  student_id   BIGINT         NOT NULL,
  scale        VARCHAR(20)    NOT NULL,
  mark_value   VARCHAR(20)    NULL,
  comment      VARCHAR(2000)  NULL,
  kind         VARCHAR(30)    NOT NULL,
  institution  VARCHAR(200)   NULL,
  recorded_by  BIGINT         NOT NULL,
  recorded_at  DATETIME(3)    NOT NULL,
  version      INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_mark_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
  CONSTRAINT fk_mark_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_mark_recorded_by FOREIGN KEY (recorded_by) REFERENCES person (id),
  CONSTRAINT uq_mark UNIQUE (lesson_id, student_id),
  CONSTRAINT ck_mark_scale CHECK (scale IN ('TEN_POINT', 'PASS_FAIL', 'EXEMPT', 'ACHIEVEMENT_LEVEL', 'DESCRIPTIVE')),
  CONSTRAINT ck_mark_kind CHECK (kind IN ('CLASSWORK', 'TEST', 'INDEPENDENT_WORK', 'HOMEWORK', 'PROJECT', 'OTHER_INSTITUTION')),
  CONSTRAINT ck_mark_institution CHECK (kind <> 'OTHER_INSTITUTION' OR institution IS NOT NULL),
  INDEX ix_mark_student (student_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- tėvų (globėjų) pateisinimas: a note the class teacher accepts or rejects (§21.8)
CREATE TABLE justification_note (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  student_id        BIGINT         NOT NULL,
  guardian_id       BIGINT         NOT NULL,
  from_date         DATE           NOT NULL,
  to_date           DATE           NOT NULL,
  reason            VARCHAR(30)    NOT NULL,
  note_text         VARCHAR(1000)  NULL,
  submitted_at      DATETIME(3)    NOT NULL,
  status            VARCHAR(20)    NOT NULL,
  decided_by        BIGINT         NULL,
  decided_at        DATETIME(3)    NULL,
  decision_comment  VARCHAR(1000)  NULL,
  version           INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_justification_note_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_justification_note_guardian FOREIGN KEY (guardian_id) REFERENCES person (id),
  CONSTRAINT fk_justification_note_decided_by FOREIGN KEY (decided_by) REFERENCES person (id),
  CONSTRAINT ck_justification_note_dates CHECK (from_date <= to_date),
  CONSTRAINT ck_justification_note_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
  INDEX ix_justification_note_student (student_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- lankomumas: n (absent) or p (late) per lesson; justified with a reason, by whom, on which note
CREATE TABLE attendance (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  lesson_id              BIGINT       NOT NULL,
  student_id             BIGINT       NOT NULL,
  status                 VARCHAR(10)  NOT NULL,
  justification          VARCHAR(30)  NULL,
  justified_by           BIGINT       NULL,
  justified_at           DATETIME(3)  NULL,
  justification_note_id  BIGINT       NULL,
  recorded_by            BIGINT       NOT NULL,
  recorded_at            DATETIME(3)  NOT NULL,
  version                INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_attendance_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
  CONSTRAINT fk_attendance_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_attendance_justified_by FOREIGN KEY (justified_by) REFERENCES person (id),
  CONSTRAINT fk_attendance_note FOREIGN KEY (justification_note_id) REFERENCES justification_note (id),
  CONSTRAINT fk_attendance_recorded_by FOREIGN KEY (recorded_by) REFERENCES person (id),
  CONSTRAINT uq_attendance UNIQUE (lesson_id, student_id),
  CONSTRAINT ck_attendance_status CHECK (status IN ('ABSENT', 'LATE')),
  CONSTRAINT ck_attendance_reason CHECK (justification IS NULL OR justification IN ('ILLNESS', 'PARENTS_REQUEST', 'SCHOOL_BUSINESS', 'OTHER')),
  INDEX ix_attendance_student (student_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- pagyrimai, pastabos, komentarai
CREATE TABLE student_note (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  student_id  BIGINT         NOT NULL,
  author_id   BIGINT         NOT NULL,
  lesson_id   BIGINT         NULL,
  kind        VARCHAR(20)    NOT NULL,
  note_date   DATE           NOT NULL,
  note_text   VARCHAR(2000)  NOT NULL,
  created_at  DATETIME(3)    NOT NULL,
  CONSTRAINT fk_student_note_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_student_note_author FOREIGN KEY (author_id) REFERENCES person (id),
  CONSTRAINT fk_student_note_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
  CONSTRAINT ck_student_note_kind CHECK (kind IN ('PRAISE', 'REMARK', 'COMMENT')),
  INDEX ix_student_note_student (student_id, note_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- įvertinimų tipai: which scales a grade (0 = pre-primary) allows, for one subject or for all of
-- them (subject_id NULL); without a rule the grade's default applies
CREATE TABLE assessment_rule (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id      BIGINT    NOT NULL,
  grade               SMALLINT  NOT NULL,
  subject_id          BIGINT    NULL,
  ten_point           BOOLEAN   NOT NULL,
  pass_fail           BOOLEAN   NOT NULL,
  achievement_levels  BOOLEAN   NOT NULL,
  descriptive         BOOLEAN   NOT NULL,
  version             INT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_assessment_rule_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_assessment_rule_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT ck_assessment_rule_grade CHECK (grade BETWEEN 0 AND 8),
  CONSTRAINT ck_assessment_rule_some CHECK (ten_point OR pass_fail OR achievement_levels OR descriptive),
  INDEX ix_assessment_rule (school_year_id, grade)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
