-- Period results (§23.10, §23.12, §18.11, §30): semester and annual grades, additional and summer
-- work, the period's attendance counts, the promotion decision, and whether period-grade entry is
-- open for a class or group. Grades and counts lock at 24:00 of the day they were entered (§30).

-- pusmečių / metinių įvertinimų įvedimas: the DB admin opens and closes entry per class or group
CREATE TABLE period_grade_entry (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT       NOT NULL,
  period_kind      VARCHAR(20)  NOT NULL,
  school_class_id  BIGINT       NULL,
  group_id         BIGINT       NULL,
  open             BOOLEAN      NOT NULL,
  changed_by       BIGINT       NOT NULL,
  changed_at       DATETIME(3)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_pge_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_pge_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_pge_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_pge_changed_by FOREIGN KEY (changed_by) REFERENCES person (id),
  CONSTRAINT ck_pge_period CHECK (period_kind IN ('FIRST_SEMESTER', 'SECOND_SEMESTER', 'ANNUAL')),
  CONSTRAINT ck_pge_target CHECK ((school_class_id IS NULL) <> (group_id IS NULL)),
  CONSTRAINT uq_pge_class UNIQUE (school_year_id, period_kind, school_class_id),
  CONSTRAINT uq_pge_group UNIQUE (school_year_id, period_kind, group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- pusmečio / metinis įvertinimas of a student in a subject
CREATE TABLE period_grade (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT         NOT NULL,
  period_kind      VARCHAR(20)    NOT NULL,
  student_id       BIGINT         NOT NULL,
  subject_id       BIGINT         NOT NULL,
  group_id         BIGINT         NOT NULL,
  scale            VARCHAR(20)    NOT NULL,
  grade_value      VARCHAR(20)    NULL,
  grade_comment    VARCHAR(2000)  NULL,
  suggested_value  VARCHAR(20)    NULL,
  entered_by       BIGINT         NOT NULL,
  entered_at       DATETIME(3)    NOT NULL,
  locked           BOOLEAN        NOT NULL DEFAULT FALSE,
  locked_at        DATETIME(3)    NULL,
  version          INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_period_grade_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_period_grade_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_period_grade_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_period_grade_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_period_grade_entered_by FOREIGN KEY (entered_by) REFERENCES person (id),
  CONSTRAINT ck_period_grade_period CHECK (period_kind IN ('FIRST_SEMESTER', 'SECOND_SEMESTER', 'ANNUAL')),
  CONSTRAINT ck_period_grade_scale CHECK (scale IN ('TEN_POINT', 'PASS_FAIL', 'EXEMPT', 'ACHIEVEMENT_LEVEL', 'DESCRIPTIVE', 'PROGRESS')),
  CONSTRAINT uq_period_grade UNIQUE (school_year_id, period_kind, student_id, subject_id),
  INDEX ix_period_grade_group (group_id, period_kind),
  INDEX ix_period_grade_unlocked (locked, entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- papildomi / vasaros darbai: assigned for a subject; its result becomes the final result
CREATE TABLE additional_work (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id     BIGINT         NOT NULL,
  student_id         BIGINT         NOT NULL,
  subject_id         BIGINT         NOT NULL,
  kind               VARCHAR(20)    NOT NULL,
  assigned_by        BIGINT         NOT NULL,
  assigned_at        DATETIME(3)    NOT NULL,
  due_date           DATE           NOT NULL,
  task               VARCHAR(2000)  NULL,
  result_scale       VARCHAR(20)    NULL,
  result_value       VARCHAR(20)    NULL,
  result_entered_by  BIGINT         NULL,
  result_entered_at  DATETIME(3)    NULL,
  locked             BOOLEAN        NOT NULL DEFAULT FALSE,
  locked_at          DATETIME(3)    NULL,
  version            INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_additional_work_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_additional_work_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_additional_work_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_additional_work_assigned_by FOREIGN KEY (assigned_by) REFERENCES person (id),
  CONSTRAINT fk_additional_work_result_by FOREIGN KEY (result_entered_by) REFERENCES person (id),
  CONSTRAINT ck_additional_work_kind CHECK (kind IN ('ADDITIONAL', 'SUMMER')),
  CONSTRAINT uq_additional_work UNIQUE (school_year_id, student_id, subject_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the period's missed lessons of a student as entered (confirmed) by the class teacher: locked at
-- 24:00 of the day entered (§30), and the source of the summary's attendance columns
CREATE TABLE period_attendance (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT       NOT NULL,
  period_kind      VARCHAR(20)  NOT NULL,
  student_id       BIGINT       NOT NULL,
  missed           INT          NOT NULL,
  justified        INT          NOT NULL,
  entered_by       BIGINT       NOT NULL,
  entered_at       DATETIME(3)  NOT NULL,
  locked           BOOLEAN      NOT NULL DEFAULT FALSE,
  locked_at        DATETIME(3)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_period_attendance_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_period_attendance_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_period_attendance_entered_by FOREIGN KEY (entered_by) REFERENCES person (id),
  CONSTRAINT ck_period_attendance_period CHECK (period_kind IN ('FIRST_SEMESTER', 'SECOND_SEMESTER', 'ANNUAL')),
  CONSTRAINT ck_period_attendance_counts CHECK (missed >= 0 AND justified >= 0 AND justified <= missed),
  CONSTRAINT uq_period_attendance UNIQUE (school_year_id, period_kind, student_id),
  INDEX ix_period_attendance_unlocked (locked, entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- kėlimo į kitą klasę sprendimas (the summary's promotion decision field)
CREATE TABLE promotion_decision (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT        NOT NULL,
  student_id       BIGINT        NOT NULL,
  decision         VARCHAR(30)   NOT NULL,
  note             VARCHAR(500)  NULL,
  decided_by       BIGINT        NOT NULL,
  decided_at       DATETIME(3)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_promotion_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_promotion_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_promotion_decided_by FOREIGN KEY (decided_by) REFERENCES person (id),
  CONSTRAINT ck_promotion_decision CHECK (decision IN ('PROMOTED', 'NOT_PROMOTED', 'SUMMER_WORK', 'COMPLETED_PRIMARY', 'COMPLETED_BASIC_PART')),
  CONSTRAINT uq_promotion UNIQUE (school_year_id, student_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
