-- Running the school year (issue #7): bell schedule, director's orders about students' movements,
-- registry imports with their line-by-line report.

-- pamokų laikas: when each lesson of the day starts and ends, per school year
CREATE TABLE lesson_time (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT   NOT NULL,
  lesson_number   SMALLINT NOT NULL,
  starts_at       TIME     NOT NULL,
  ends_at         TIME     NOT NULL,
  CONSTRAINT fk_lesson_time_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT uq_lesson_time UNIQUE (school_year_id, lesson_number),
  CONSTRAINT ck_lesson_time_number CHECK (lesson_number BETWEEN 0 AND 12),
  CONSTRAINT ck_lesson_time_order CHECK (starts_at < ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- įsakymai (§18.4, §29.1): the director's order about one student's admission, arrival, departure
-- or temporary leave; one order number may name several students, one row per student. The rows of
-- a student are their history (movements); they are never deleted.
CREATE TABLE director_order (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(20)   NOT NULL,
  order_number     VARCHAR(40)   NOT NULL,
  order_date       DATE          NOT NULL,
  student_id       BIGINT        NOT NULL,
  effective_from   DATE          NOT NULL,
  effective_until  DATE          NULL,
  school_class_id  BIGINT        NULL,
  note             VARCHAR(200)  NULL,
  recorded_by      BIGINT        NOT NULL,
  recorded_at      DATETIME(3)   NOT NULL,
  CONSTRAINT fk_director_order_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_director_order_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_director_order_recorder FOREIGN KEY (recorded_by) REFERENCES person (id),
  CONSTRAINT uq_director_order UNIQUE (order_number, student_id, kind),
  CONSTRAINT ck_director_order_kind CHECK (kind IN ('ADMISSION', 'ARRIVAL', 'DEPARTURE', 'TEMPORARY_LEAVE')),
  CONSTRAINT ck_director_order_until CHECK (effective_until IS NULL OR effective_from <= effective_until),
  INDEX ix_director_order_student (student_id, effective_from),
  INDEX ix_director_order_date (order_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one upload of a Mokinių registras / Pedagogų registras export, processed by the batch job
-- registry-import; the file is kept so that a restarted job reads exactly the same rows
CREATE TABLE registry_import (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind              VARCHAR(20)   NOT NULL,
  file_name         VARCHAR(200)  NOT NULL,
  content           MEDIUMTEXT    NOT NULL,
  school_year_id    BIGINT        NOT NULL,
  admitted_from     DATE          NOT NULL,
  started_by        BIGINT        NOT NULL,
  started_at        DATETIME(3)   NOT NULL,
  job_execution_id  BIGINT        NULL,
  status            VARCHAR(20)   NOT NULL,
  finished_at       DATETIME(3)   NULL,
  version           INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_registry_import_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_registry_import_starter FOREIGN KEY (started_by) REFERENCES person (id),
  CONSTRAINT ck_registry_import_kind CHECK (kind IN ('STUDENTS', 'STAFF')),
  CONSTRAINT ck_registry_import_status CHECK (status IN ('STARTED', 'VALIDATED', 'COMPLETED', 'REJECTED', 'FAILED')),
  INDEX ix_registry_import_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the report: one row per data line of the file, with its outcome and, for a bad line, the reason
CREATE TABLE registry_import_line (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  import_id    BIGINT        NOT NULL,
  line_number  INT           NOT NULL,
  record_key   VARCHAR(254)  NULL,
  outcome      VARCHAR(20)   NOT NULL,
  reason_key   VARCHAR(80)   NULL,
  reason_args  VARCHAR(500)  NULL,
  person_id    BIGINT        NULL,
  CONSTRAINT fk_registry_line_import FOREIGN KEY (import_id) REFERENCES registry_import (id),
  CONSTRAINT fk_registry_line_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_registry_line UNIQUE (import_id, line_number),
  CONSTRAINT ck_registry_line_outcome CHECK (outcome IN ('VALID', 'REJECTED', 'CREATED', 'UPDATED', 'UNCHANGED')),
  INDEX ix_registry_line_key (import_id, record_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
