-- The class teacher's records (§21.6, §21.9, §21.12, §7.1): the log of the class teacher's work with
-- the class (klasės vadovo veikla) and the social-civic activity hours of grades 5–8
-- (socialinė-pilietinė veikla), one row per student, against the school's yearly norm.
CREATE TABLE class_log_entry (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_class_id    BIGINT        NOT NULL,
  entry_date         DATE          NOT NULL,
  kind               VARCHAR(30)   NOT NULL,
  topic              VARCHAR(500)  NOT NULL,
  participants       VARCHAR(1000) NOT NULL,
  author_id          BIGINT        NOT NULL,
  created_at         DATETIME(3)   NOT NULL,
  changed_at         DATETIME(3)   NULL,
  version            INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_class_log_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_class_log_author FOREIGN KEY (author_id) REFERENCES person (id),
  CONSTRAINT ck_class_log_kind CHECK (kind IN ('CLASS_HOUR', 'TRIP', 'PARENT_MEETING', 'EVENT',
                                                'INDIVIDUAL_TALK', 'OTHER')),
  INDEX ix_class_log_class_date (school_class_id, entry_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_civic_entry (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id     BIGINT        NOT NULL,
  school_class_id    BIGINT        NOT NULL,
  student_id         BIGINT        NOT NULL,
  activity_date      DATE          NOT NULL,
  activity           VARCHAR(300)  NOT NULL,
  hours              DECIMAL(4,1)  NOT NULL,
  confirmed_by       VARCHAR(200)  NOT NULL,
  recorded_by        BIGINT        NOT NULL,
  recorded_at        DATETIME(3)   NOT NULL,
  version            INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_social_civic_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_social_civic_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_social_civic_student FOREIGN KEY (student_id) REFERENCES student (person_id),
  CONSTRAINT fk_social_civic_recorder FOREIGN KEY (recorded_by) REFERENCES person (id),
  CONSTRAINT ck_social_civic_hours CHECK (hours > 0 AND hours <= 24),
  INDEX ix_social_civic_class (school_class_id, activity_date),
  INDEX ix_social_civic_student (student_id, school_year_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- hours of social-civic activity a student of grades 5–8 is expected to do in a school year
INSERT INTO school_setting (name, value) VALUES ('social_civic_hours_norm', '10');
