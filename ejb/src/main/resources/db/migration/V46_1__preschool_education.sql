-- The pre-school and pre-primary journal, education side (§22.1, §22.5, §22.10, §22.15-22.16):
-- the group's day rhythm, the weekly activity plan with its Friday reflection, and the children's
-- achievement steps per competency in the October and May assessments.
CREATE TABLE preschool_day_rhythm (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id    BIGINT      NOT NULL,
  updated_by  BIGINT      NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  version     INT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_day_rhythm_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_day_rhythm_by FOREIGN KEY (updated_by) REFERENCES person (id),
  CONSTRAINT uq_day_rhythm_group UNIQUE (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE preschool_day_rhythm_item (
  rhythm_id   BIGINT       NOT NULL,
  item_no     INT          NOT NULL,
  starts_at   TIME         NOT NULL,
  ends_at     TIME         NULL,
  activity    VARCHAR(200) NOT NULL,
  PRIMARY KEY (rhythm_id, item_no),
  CONSTRAINT fk_day_rhythm_item FOREIGN KEY (rhythm_id) REFERENCES preschool_day_rhythm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE preschool_week_plan (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_id        BIGINT        NOT NULL,
  week_start      DATE          NOT NULL,
  plan_text       TEXT          NOT NULL,
  planned_by      BIGINT        NOT NULL,
  planned_at      DATETIME(3)   NOT NULL,
  reflection      TEXT          NULL,
  reflected_by    BIGINT        NULL,
  reflected_at    DATETIME(3)   NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_week_plan_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_week_plan_planned FOREIGN KEY (planned_by) REFERENCES person (id),
  CONSTRAINT fk_week_plan_reflected FOREIGN KEY (reflected_by) REFERENCES person (id),
  CONSTRAINT ck_week_plan_monday CHECK (DAYOFWEEK(week_start) = 2),
  CONSTRAINT uq_week_plan UNIQUE (group_id, week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE preschool_achievement_step (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id  BIGINT        NOT NULL,
  group_id        BIGINT        NOT NULL,
  student_id      BIGINT        NOT NULL,
  assessment_round VARCHAR(10)   NOT NULL,
  competency      VARCHAR(30)   NOT NULL,
  step            TINYINT       NOT NULL,
  comment_text    VARCHAR(1000) NULL,
  assessed_on     DATE          NOT NULL,
  assessed_by     BIGINT        NOT NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_achievement_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_achievement_group FOREIGN KEY (group_id) REFERENCES study_group (id),
  CONSTRAINT fk_achievement_student FOREIGN KEY (student_id) REFERENCES student (person_id),
  CONSTRAINT fk_achievement_by FOREIGN KEY (assessed_by) REFERENCES person (id),
  CONSTRAINT ck_achievement_round CHECK (assessment_round IN ('OCTOBER', 'MAY')),
  CONSTRAINT ck_achievement_step CHECK (step BETWEEN 1 AND 7),
  CONSTRAINT uq_achievement UNIQUE (student_id, school_year_id, assessment_round, competency),
  INDEX ix_achievement_group (group_id, school_year_id, assessment_round)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
