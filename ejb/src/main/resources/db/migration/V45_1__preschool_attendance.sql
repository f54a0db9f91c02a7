-- The pre-school and pre-primary groups' daily attendance (§22.4, §22.7, §22.9): one entry per
-- child per working day, the day's state (filled, or not filled for an objective reason), and the
-- monthly attendance sheet (vaikų lankomumo apskaitos žiniaraštis) submitted to the deputy.
CREATE TABLE preschool_day (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id        BIGINT        NOT NULL,
  day             DATE          NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  reason          VARCHAR(500)  NULL,
  filled_by       BIGINT        NOT NULL,
  first_filled_at DATETIME(3)   NOT NULL,
  filled_at       DATETIME(3)   NOT NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_preschool_day_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_preschool_day_person FOREIGN KEY (filled_by) REFERENCES person (id),
  CONSTRAINT ck_preschool_day_state CHECK (state IN ('FILLED', 'NOT_FILLED')),
  CONSTRAINT ck_preschool_day_reason CHECK (state = 'FILLED' OR reason IS NOT NULL),
  CONSTRAINT uq_preschool_day UNIQUE (group_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE preschool_attendance (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id            BIGINT        NOT NULL,
  student_id          BIGINT        NOT NULL,
  day                 DATE          NOT NULL,
  status              VARCHAR(10)   NOT NULL,
  arrived_at          TIME          NULL,
  justification       VARCHAR(20)   NULL,
  justification_doc   VARCHAR(200)  NULL,
  justified_by        BIGINT        NULL,
  justified_at        DATETIME(3)   NULL,
  version             INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_preschool_att_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_preschool_att_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_preschool_att_justified FOREIGN KEY (justified_by) REFERENCES person (id),
  CONSTRAINT ck_preschool_att_status CHECK (status IN ('PRESENT', 'ABSENT', 'LATE')),
  CONSTRAINT ck_preschool_att_late CHECK ((status = 'LATE') = (arrived_at IS NOT NULL)),
  CONSTRAINT ck_preschool_att_justified CHECK (justification IS NULL OR status = 'ABSENT'),
  CONSTRAINT uq_preschool_attendance UNIQUE (group_id, student_id, day),
  INDEX ix_preschool_att_student (student_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE preschool_sheet (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id        BIGINT        NOT NULL,
  month           CHAR(7)       NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  content         LONGBLOB      NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  submitted_by    BIGINT        NOT NULL,
  submitted_at    DATETIME(3)   NOT NULL,
  reviewed_by     BIGINT        NULL,
  reviewed_at     DATETIME(3)   NULL,
  review_comment  VARCHAR(1000) NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_preschool_sheet_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_preschool_sheet_submitted FOREIGN KEY (submitted_by) REFERENCES person (id),
  CONSTRAINT fk_preschool_sheet_reviewed FOREIGN KEY (reviewed_by) REFERENCES person (id),
  CONSTRAINT ck_preschool_sheet_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
  CONSTRAINT uq_preschool_sheet UNIQUE (group_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
