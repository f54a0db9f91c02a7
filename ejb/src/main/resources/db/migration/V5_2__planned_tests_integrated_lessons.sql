-- Planned tests (kontroliniai / atsiskaitomieji darbai, §23.4) and integrated lessons (§23.8).

-- How many calendar days ahead a test must be announced is the school setting
-- planned_test_days_ahead (7 when the school has not set it): school_setting comes with V8_2, after
-- this migration, so the row is written by the admin (SchoolSettings.set), not here.

-- a test announced for a group on a date; a student has at most one a day over all their groups
CREATE TABLE planned_test (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id         BIGINT         NOT NULL,
  subject_id       BIGINT         NOT NULL,
  test_date        DATE           NOT NULL,
  description      VARCHAR(500)   NOT NULL,
  announced_by     BIGINT         NOT NULL,
  announced_at     DATETIME(3)    NOT NULL,
  version          INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_planned_test_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_planned_test_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_planned_test_announced_by FOREIGN KEY (announced_by) REFERENCES person (id),
  CONSTRAINT uq_planned_test UNIQUE (group_id, test_date),
  INDEX ix_planned_test_date (test_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the further subjects an integrated lesson counts for (its own subject is lesson.subject_id);
-- attendance stays one row per lesson, so an absence counts once in the totals
CREATE TABLE lesson_subject (
  lesson_id   BIGINT NOT NULL,
  subject_id  BIGINT NOT NULL,
  PRIMARY KEY (lesson_id, subject_id),
  CONSTRAINT fk_lesson_subject_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
  CONSTRAINT fk_lesson_subject_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  INDEX ix_lesson_subject_subject (subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
