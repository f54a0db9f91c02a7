-- Saugaus elgesio ir kiti instruktažai (§21.4, §23.9): the class teacher (for the class group) or a
-- subject teacher (for their group) records an instruction's content and date; the printed sign
-- sheet, once signed, is filed ("Saugaus elgesio ir kiti instruktažai" folder). Kept one year, then
-- removed by the nightly instruction-retention job (a history entry for each).
CREATE TABLE class_instruction (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id    BIGINT         NOT NULL,
  group_id          BIGINT         NOT NULL,
  kind              VARCHAR(20)    NOT NULL,
  instruction_date  DATE           NOT NULL,
  title             VARCHAR(200)   NOT NULL,
  content           VARCHAR(4000)  NOT NULL,
  recorded_by       BIGINT         NOT NULL,
  recorded_at       DATETIME(3)    NOT NULL,
  sheet_filed_by    BIGINT         NULL,
  sheet_filed_at    DATETIME(3)    NULL,
  version           INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_class_instruction_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_class_instruction_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_class_instruction_recorded FOREIGN KEY (recorded_by) REFERENCES person (id),
  CONSTRAINT fk_class_instruction_filed FOREIGN KEY (sheet_filed_by) REFERENCES person (id),
  CONSTRAINT ck_class_instruction_kind CHECK (kind IN ('SAFETY', 'OTHER')),
  CONSTRAINT ck_class_instruction_filed CHECK ((sheet_filed_by IS NULL) = (sheet_filed_at IS NULL)),
  INDEX ix_class_instruction_group (group_id, instruction_date),
  INDEX ix_class_instruction_date (instruction_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents from other institutions (§21.14, §23.6, §23.10): marks a student received at a
-- sanatorium, another school or in home schooling, uploaded by the class teacher for the subject
-- teachers (beside the period-grade form) and the student's guardians.
CREATE TABLE student_document (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT         NOT NULL,
  student_id      BIGINT         NOT NULL,
  kind            VARCHAR(20)    NOT NULL,
  institution     VARCHAR(200)   NOT NULL,
  note            VARCHAR(1000)  NULL,
  file_name       VARCHAR(255)   NOT NULL,
  content_type    VARCHAR(100)   NOT NULL,
  size_bytes      INT            NOT NULL,
  content         LONGBLOB       NOT NULL,
  uploaded_by     BIGINT         NOT NULL,
  uploaded_at     DATETIME(3)    NOT NULL,
  version         INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_student_document_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_student_document_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_student_document_uploaded FOREIGN KEY (uploaded_by) REFERENCES person (id),
  CONSTRAINT ck_student_document_kind CHECK (kind IN ('SANATORIUM', 'OTHER_SCHOOL', 'HOME_SCHOOLING', 'OTHER')),
  INDEX ix_student_document_student (student_id, school_year_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
