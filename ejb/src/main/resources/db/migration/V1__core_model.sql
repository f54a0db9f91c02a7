-- e. dienynas core model: school year and calendar, people, classes and groups, subjects,
-- teaching assignments, accounts. Every table is InnoDB + utf8mb4.
-- References to a student, guardian or employee point at person(id): EclipseLink writes the
-- person rows of a transaction before their subclass rows (JOINED inheritance), so a foreign key to
-- a subclass table would break on inserts in one transaction. The entities keep the types right.

CREATE TABLE school_year (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(20)  NOT NULL,
  start_date  DATE         NOT NULL,
  end_date    DATE         NOT NULL,
  read_only   BOOLEAN      NOT NULL DEFAULT FALSE,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_school_year_name UNIQUE (name),
  CONSTRAINT ck_school_year_dates CHECK (start_date < end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- pusmečiai and the annual period (mokslo metai)
CREATE TABLE school_period (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  start_date      DATE         NOT NULL,
  end_date        DATE         NOT NULL,
  CONSTRAINT fk_school_period_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT uq_school_period UNIQUE (school_year_id, kind),
  CONSTRAINT ck_school_period_kind CHECK (kind IN ('FIRST_SEMESTER', 'SECOND_SEMESTER', 'ANNUAL')),
  CONSTRAINT ck_school_period_dates CHECK (start_date <= end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- school holidays (atostogos); public holidays are computed, not stored
CREATE TABLE holiday (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT        NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  start_date      DATE          NOT NULL,
  end_date        DATE          NOT NULL,
  CONSTRAINT fk_holiday_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT ck_holiday_dates CHECK (start_date <= end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subject (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(20)   NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  name_en     VARCHAR(100)  NOT NULL,
  CONSTRAINT uq_subject_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- §7.2–7.4: names and e-mail only; nothing more is collected
CREATE TABLE person (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_type  VARCHAR(20)   NOT NULL,
  first_name   VARCHAR(100)  NOT NULL,
  last_name    VARCHAR(100)  NOT NULL,
  email        VARCHAR(254)  NULL,
  version      INT           NOT NULL DEFAULT 0,
  CONSTRAINT ck_person_type CHECK (person_type IN ('STUDENT', 'GUARDIAN', 'STAFF')),
  INDEX ix_person_name (last_name, first_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE student (
  person_id      BIGINT   NOT NULL PRIMARY KEY,
  personal_code  CHAR(11) NOT NULL,
  birth_date     DATE     NOT NULL,
  CONSTRAINT fk_student_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_student_personal_code UNIQUE (personal_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guardian (
  person_id  BIGINT NOT NULL PRIMARY KEY,
  CONSTRAINT fk_guardian_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- several guardians per child, one child or more per guardian
CREATE TABLE guardianship (
  guardian_id  BIGINT NOT NULL,
  student_id   BIGINT NOT NULL,
  PRIMARY KEY (guardian_id, student_id),
  CONSTRAINT fk_guardianship_guardian FOREIGN KEY (guardian_id) REFERENCES person (id),
  CONSTRAINT fk_guardianship_student FOREIGN KEY (student_id) REFERENCES person (id),
  INDEX ix_guardianship_student (student_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_member (
  person_id  BIGINT  NOT NULL PRIMARY KEY,
  active     BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT fk_staff_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- an employee holds one or more roles of requirements §1
CREATE TABLE staff_role (
  staff_id  BIGINT       NOT NULL,
  role      VARCHAR(40)  NOT NULL,
  PRIMARY KEY (staff_id, role),
  CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- klasės: pre-school group, pre-primary group, grades 1–8 with a letter
CREATE TABLE school_class (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id    BIGINT       NOT NULL,
  level             VARCHAR(20)  NOT NULL,
  grade             SMALLINT     NULL,
  letter            VARCHAR(4)   NOT NULL,
  name              VARCHAR(60)  NOT NULL,
  class_teacher_id  BIGINT       NULL,
  CONSTRAINT fk_school_class_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_school_class_teacher FOREIGN KEY (class_teacher_id) REFERENCES person (id),
  CONSTRAINT uq_school_class_name UNIQUE (school_year_id, name),
  CONSTRAINT ck_school_class_level CHECK (level IN ('PRESCHOOL', 'PREPRIMARY', 'GRADE')),
  CONSTRAINT ck_school_class_grade CHECK ((level = 'GRADE' AND grade BETWEEN 1 AND 8) OR (level <> 'GRADE' AND grade IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- grupės: the class itself, subject / temporary groups, home schooling, non-formal, pre-school, VDM
CREATE TABLE study_group (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT        NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  name             VARCHAR(100)  NOT NULL,
  school_class_id  BIGINT        NULL,
  subject_id       BIGINT        NULL,
  CONSTRAINT fk_study_group_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_study_group_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_study_group_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT uq_study_group_name UNIQUE (school_year_id, name),
  CONSTRAINT ck_study_group_kind CHECK (kind IN ('CLASS', 'SUBJECT', 'HOME_SCHOOLING', 'NON_FORMAL', 'PRESCHOOL', 'VDM'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_member (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id    BIGINT NOT NULL,
  student_id  BIGINT NOT NULL,
  valid_from  DATE   NOT NULL,
  valid_to    DATE   NULL,
  CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_group_member_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT ck_group_member_dates CHECK (valid_to IS NULL OR valid_from <= valid_to),
  INDEX ix_group_member_group (group_id, valid_from),
  INDEX ix_group_member_student (student_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ugdymo planas: weekly lessons of a subject in a grade (0 = pre-primary)
CREATE TABLE curriculum_line (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT   NOT NULL,
  grade           SMALLINT NOT NULL,
  subject_id      BIGINT   NOT NULL,
  weekly_lessons  SMALLINT NOT NULL,
  CONSTRAINT fk_curriculum_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_curriculum_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT uq_curriculum_line UNIQUE (school_year_id, grade, subject_id),
  CONSTRAINT ck_curriculum_lessons CHECK (weekly_lessons BETWEEN 0 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- teacher × subject × group, from a date (a handed-over group keeps who taught it before)
CREATE TABLE teaching_assignment (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  teacher_id  BIGINT NOT NULL,
  subject_id  BIGINT NOT NULL,
  group_id    BIGINT NOT NULL,
  valid_from  DATE   NOT NULL,
  valid_to    DATE   NULL,
  CONSTRAINT fk_teaching_teacher FOREIGN KEY (teacher_id) REFERENCES person (id),
  CONSTRAINT fk_teaching_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_teaching_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT ck_teaching_dates CHECK (valid_to IS NULL OR valid_from <= valid_to),
  INDEX ix_teaching_teacher (teacher_id),
  INDEX ix_teaching_group (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the account a person logs in with; read by the Elytron JDBC realm (password_hash: bcrypt $2a$)
CREATE TABLE user_account (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_id             BIGINT        NOT NULL,
  login                 VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  password_hash         VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
  must_change_password  BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at            DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version               INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_user_account_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_user_account_login UNIQUE (login),
  CONSTRAINT uq_user_account_person UNIQUE (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
  account_id  BIGINT       NOT NULL,
  role        VARCHAR(40)  NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
