-- The class teacher's semester and annual progress and attendance reports (§21.17, §32): prepared
-- from the period results within 5 working days after the period (or the class's summer work)
-- ends, confirmed by the class teacher, then accepted or returned with a comment by the deputy.
CREATE TABLE class_report (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id     BIGINT        NOT NULL,
  school_class_id    BIGINT        NOT NULL,
  period_kind        VARCHAR(20)   NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  content            LONGBLOB      NOT NULL,
  sha256             CHAR(64)      NOT NULL,
  prepared_by        BIGINT        NOT NULL,
  prepared_at        DATETIME(3)   NOT NULL,
  confirmed_by       BIGINT        NULL,
  confirmed_at       DATETIME(3)   NULL,
  reviewed_by        BIGINT        NULL,
  reviewed_at        DATETIME(3)   NULL,
  review_comment     VARCHAR(1000) NULL,
  version            INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_class_report_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_class_report_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_class_report_prepared FOREIGN KEY (prepared_by) REFERENCES person (id),
  CONSTRAINT fk_class_report_confirmed FOREIGN KEY (confirmed_by) REFERENCES person (id),
  CONSTRAINT fk_class_report_reviewed FOREIGN KEY (reviewed_by) REFERENCES person (id),
  CONSTRAINT ck_class_report_period CHECK (period_kind IN ('FIRST_SEMESTER', 'SECOND_SEMESTER', 'ANNUAL')),
  CONSTRAINT ck_class_report_status CHECK (status IN ('PREPARED', 'CONFIRMED', 'ACCEPTED', 'RETURNED')),
  CONSTRAINT uq_class_report UNIQUE (school_class_id, period_kind),
  INDEX ix_class_report_year (school_year_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
