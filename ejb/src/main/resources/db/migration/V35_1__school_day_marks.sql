-- Days without lessons and remote-teaching days (§23.3, §23.15): the deputy or the DB admin marks a
-- day for the whole school (school_class_id NULL) or for a class; the lessons of the day are
-- marked not held (the reason) or given remotely, through the lesson's own write point.
-- A lesson may also not be held for another reason than the four the regulation names.

ALTER TABLE lesson DROP CONSTRAINT ck_lesson_not_held;
ALTER TABLE lesson ADD CONSTRAINT ck_lesson_not_held CHECK (not_held_reason IS NULL
  OR not_held_reason IN ('COLD', 'HEAT', 'QUARANTINE', 'NATURAL_DISASTER', 'OTHER'));

CREATE TABLE school_day_mark (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_year_id   BIGINT        NOT NULL,
  day_date         DATE          NOT NULL,
  school_class_id  BIGINT        NULL,
  kind             VARCHAR(20)   NOT NULL,
  reason           VARCHAR(30)   NULL,
  note             VARCHAR(500)  NULL,
  marked_by        BIGINT        NOT NULL,
  marked_at        DATETIME(3)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_school_day_mark_year FOREIGN KEY (school_year_id) REFERENCES school_year (id),
  CONSTRAINT fk_school_day_mark_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_school_day_mark_by FOREIGN KEY (marked_by) REFERENCES person (id),
  CONSTRAINT ck_school_day_mark_kind CHECK (kind IN ('NOT_HELD', 'REMOTE')),
  CONSTRAINT ck_school_day_mark_reason CHECK ((kind = 'NOT_HELD' AND reason IN ('COLD', 'HEAT',
    'QUARANTINE', 'NATURAL_DISASTER', 'OTHER')) OR (kind = 'REMOTE' AND reason IS NULL)),
  INDEX ix_school_day_mark_date (day_date, school_class_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
