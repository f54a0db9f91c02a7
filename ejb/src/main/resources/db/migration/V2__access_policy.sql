-- Access policy: the students a specialist supports, and the log of refused accesses.

-- socialinis pedagogas, psichologas, specialusis pedagogas, logopedas, karjeros specialistas:
-- they see the students they support (requirements §1), from a date
CREATE TABLE student_support (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  specialist_id  BIGINT NOT NULL,
  student_id     BIGINT NOT NULL,
  valid_from     DATE   NOT NULL,
  valid_to       DATE   NULL,
  CONSTRAINT fk_student_support_specialist FOREIGN KEY (specialist_id) REFERENCES person (id),
  CONSTRAINT fk_student_support_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT ck_student_support_dates CHECK (valid_to IS NULL OR valid_from <= valid_to),
  INDEX ix_student_support_specialist (specialist_id, student_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- every refusal: who, what, when (a guessed id is logged like any other refusal)
CREATE TABLE access_refusal (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(3)   NOT NULL,
  login        VARCHAR(64)   NULL,
  action       VARCHAR(60)   NOT NULL,
  target_type  VARCHAR(40)   NULL,
  target_id    VARCHAR(40)   NULL,
  INDEX ix_access_refusal_time (occurred_at),
  INDEX ix_access_refusal_login (login, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
