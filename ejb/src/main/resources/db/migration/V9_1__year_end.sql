-- Year end (§21.17–21.18, §32–§35): the documents the year-end jobs produce per class (achievement
-- summary PDF/A and its data file, period reports), the class teacher's sign-off of the summary and
-- its trail, and the school year's archive package. Documents are stored so a restarted job and the
-- package read exactly what an earlier partition wrote.

CREATE TABLE yearend_document (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id    BIGINT        NOT NULL,
  school_class_id   BIGINT        NOT NULL,
  kind              VARCHAR(30)   NOT NULL,
  file_name         VARCHAR(200)  NOT NULL,
  media_type        VARCHAR(60)   NOT NULL,
  content           LONGBLOB      NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  produced_at       DATETIME(3)   NOT NULL,
  job_execution_id  BIGINT        NULL,
  version           INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_yearend_document_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_yearend_document_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT ck_yearend_document_kind CHECK (kind IN ('SUMMARY_PDF', 'SUMMARY_CSV', 'REPORT_FIRST_SEMESTER', 'REPORT_SECOND_SEMESTER', 'REPORT_ANNUAL')),
  CONSTRAINT uq_yearend_document UNIQUE (school_year_id, school_class_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- suvestinės patvirtinimas: the class teacher confirms (the electronic signature of §21.18), the
-- deputy accepts; a correction act re-opens a confirmed summary
CREATE TABLE yearend_signoff (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id     BIGINT        NOT NULL,
  school_class_id    BIGINT        NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  summary_sha256     CHAR(64)      NULL,
  confirmed_by       BIGINT        NULL,
  confirmed_by_name  VARCHAR(201)  NULL,
  confirmed_at       DATETIME(3)   NULL,
  accepted_by        BIGINT        NULL,
  accepted_by_name   VARCHAR(201)  NULL,
  accepted_at        DATETIME(3)   NULL,
  reopened_at        DATETIME(3)   NULL,
  reopened_by_act    BIGINT        NULL,
  version            INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_yearend_signoff_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_yearend_signoff_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_yearend_signoff_confirmed FOREIGN KEY (confirmed_by) REFERENCES person (id),
  CONSTRAINT fk_yearend_signoff_accepted FOREIGN KEY (accepted_by) REFERENCES person (id),
  CONSTRAINT ck_yearend_signoff_status CHECK (status IN ('OPEN', 'CONFIRMED', 'ACCEPTED', 'REOPENED')),
  CONSTRAINT uq_yearend_signoff UNIQUE (school_year_id, school_class_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- every confirmation, acceptance and re-opening, in order (the package's sign-off records)
CREATE TABLE yearend_signoff_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  signoff_id   BIGINT        NOT NULL,
  action       VARCHAR(20)   NOT NULL,
  person_id    BIGINT        NULL,
  person_name  VARCHAR(201)  NULL,
  at           DATETIME(3)   NOT NULL,
  act_id       BIGINT        NULL,
  summary_sha256 CHAR(64)    NULL,
  CONSTRAINT fk_yearend_signoff_event FOREIGN KEY (signoff_id) REFERENCES yearend_signoff (id),
  CONSTRAINT ck_yearend_signoff_event CHECK (action IN ('CONFIRMED', 'ACCEPTED', 'REOPENED')),
  INDEX ix_yearend_signoff_event (signoff_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the school year's archive package (§33–34): one ZIP, its SHA-256 and the manifest's digest
CREATE TABLE yearend_package (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id    BIGINT        NOT NULL,
  file_name         VARCHAR(200)  NOT NULL,
  content           LONGBLOB      NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  package_digest    CHAR(64)      NOT NULL,
  produced_at       DATETIME(3)   NOT NULL,
  job_execution_id  BIGINT        NULL,
  CONSTRAINT fk_yearend_package_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT uq_yearend_package UNIQUE (school_year_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
