-- The deputy's monthly check of the diary (§19.13): that a month was checked, for the whole school
-- (scope SCHOOL) or one class (scope C<class id>), with the findings; edited with a version, every
-- change in the history.

CREATE TABLE monthly_check (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT         NOT NULL,
  month            CHAR(7)        CHARACTER SET ascii NOT NULL,
  scope            VARCHAR(24)    CHARACTER SET ascii NOT NULL,
  school_class_id  BIGINT         NULL,
  findings         VARCHAR(4000)  NOT NULL,
  checked_by       BIGINT         NOT NULL,
  checked_at       DATETIME(3)    NOT NULL,
  teachers_told    INT            NOT NULL DEFAULT 0,
  version          INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_monthly_check_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_monthly_check_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_monthly_check_by FOREIGN KEY (checked_by) REFERENCES person (id),
  CONSTRAINT uq_monthly_check UNIQUE (school_year_id, month, scope),
  CONSTRAINT ck_monthly_check_month CHECK (month REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  CONSTRAINT ck_monthly_check_scope CHECK ((scope = 'SCHOOL' AND school_class_id IS NULL)
                                           OR (scope = CONCAT('C', school_class_id)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
