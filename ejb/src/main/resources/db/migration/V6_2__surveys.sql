-- Apklausos (regulation §18.9, §19.4). Who answered is kept apart from what was answered: an
-- anonymous survey's answers carry no person, no time and a random id, so no row of survey_answer
-- can be joined, ordered or timed against survey_invitee.

-- a survey runs in one school year: "guardians of grades 5–8" are those of that year's classes
CREATE TABLE survey (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT        NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  description  TEXT          NULL,
  anonymous    BOOLEAN       NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  author_id    BIGINT        NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  opened_at    DATETIME(3)   NULL,
  closed_at    DATETIME(3)   NULL,
  version      INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_survey_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_survey_author FOREIGN KEY (author_id) REFERENCES person (id),
  CONSTRAINT ck_survey_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_question (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  survey_id  BIGINT        NOT NULL,
  position   INT           NOT NULL,
  kind       VARCHAR(20)   NOT NULL,
  text       VARCHAR(500)  NOT NULL,
  scale_min  INT           NULL,
  scale_max  INT           NULL,
  CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
  CONSTRAINT ck_survey_question_kind CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT')),
  INDEX ix_survey_question_survey (survey_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_option (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  question_id  BIGINT        NOT NULL,
  position     INT           NOT NULL,
  text         VARCHAR(200)  NOT NULL,
  CONSTRAINT fk_survey_option_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
  INDEX ix_survey_option_question (question_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- who is asked: e.g. guardians of grades 5–8, all teachers
CREATE TABLE survey_audience (
  survey_id   BIGINT       NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  grade_from  SMALLINT     NOT NULL,
  grade_to    SMALLINT     NOT NULL,
  CONSTRAINT fk_survey_audience_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
  CONSTRAINT ck_survey_audience_kind CHECK (kind IN ('GUARDIANS', 'STUDENTS', 'TEACHERS', 'ALL_STAFF')),
  CONSTRAINT ck_survey_audience_grades CHECK (grade_from BETWEEN 0 AND 8 AND grade_to BETWEEN grade_from AND 8),
  PRIMARY KEY (survey_id, kind, grade_from, grade_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the people asked, fixed when the survey opens, and whether they have answered (no time kept)
CREATE TABLE survey_invitee (
  survey_id  BIGINT   NOT NULL,
  person_id  BIGINT   NOT NULL,
  answered   BOOLEAN  NOT NULL DEFAULT FALSE,
  PRIMARY KEY (survey_id, person_id),
  CONSTRAINT fk_survey_invitee_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
  CONSTRAINT fk_survey_invitee_person FOREIGN KEY (person_id) REFERENCES person (id),
  INDEX ix_survey_invitee_person (person_id, answered)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one row per chosen option / scale value / text; respondent_id only for a named survey
CREATE TABLE survey_answer (
  id             CHAR(36)      NOT NULL PRIMARY KEY,
  question_id    BIGINT        NOT NULL,
  option_id      BIGINT        NULL,
  scale_value    INT           NULL,
  text_value     TEXT          NULL,
  respondent_id  BIGINT        NULL,
  CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
  CONSTRAINT fk_survey_answer_option FOREIGN KEY (option_id) REFERENCES survey_option (id),
  CONSTRAINT fk_survey_answer_respondent FOREIGN KEY (respondent_id) REFERENCES person (id),
  INDEX ix_survey_answer_question (question_id, option_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
