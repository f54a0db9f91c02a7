-- School settings (one value per name) and the monthly lock of the diary (§18.7).

CREATE TABLE school_setting (
  name   VARCHAR(60)   NOT NULL PRIMARY KEY,
  value  VARCHAR(200)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a month is locked no later than this day of the next month
INSERT INTO school_setting (name, value) VALUES ('month_lock_day', '6');

-- the lock state of a month, for the whole school (scope SCHOOL) or one class (scope C<class id>);
-- a class's own row, when there is one, decides for that class
CREATE TABLE month_lock (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  month            CHAR(7)       CHARACTER SET ascii NOT NULL,
  scope            VARCHAR(24)   CHARACTER SET ascii NOT NULL,
  school_class_id  BIGINT        NULL,
  locked           BOOLEAN       NOT NULL,
  unlocked_until   DATETIME(3)   NULL,
  changed_at       DATETIME(3)   NOT NULL,
  changed_by       VARCHAR(64)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT uq_month_lock UNIQUE (month, scope),
  CONSTRAINT fk_month_lock_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT ck_month_lock_month CHECK (month REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
