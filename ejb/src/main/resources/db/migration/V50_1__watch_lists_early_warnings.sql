-- Specialists' watch lists (§24–§27), the risk group (§24.2) and early warnings.

-- individualios ugdymosi pažangos įrašas: a specialist's note on a supported student's progress
CREATE TABLE progress_note (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  student_id  BIGINT         NOT NULL,
  author_id   BIGINT         NOT NULL,
  note_date   DATE           NOT NULL,
  note_text   VARCHAR(2000)  NOT NULL,
  written_at  DATETIME(3)    NOT NULL,
  version     INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_progress_note_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_progress_note_author FOREIGN KEY (author_id) REFERENCES person (id),
  INDEX ix_progress_note_student (student_id, note_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- rizikos grupės mokinys (§24.2): one row per student once flagged; clearing keeps the row
CREATE TABLE risk_group_flag (
  student_id  BIGINT         NOT NULL PRIMARY KEY,
  in_group    BOOLEAN        NOT NULL,
  reason      VARCHAR(500)   NOT NULL,
  changed_by  BIGINT         NOT NULL,
  changed_at  DATETIME(3)    NOT NULL,
  version     INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_risk_group_flag_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_risk_group_flag_by FOREIGN KEY (changed_by) REFERENCES person (id),
  INDEX ix_risk_group_flag_in (in_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a crossing of an early-warning threshold: open (cleared_on NULL) while the figure stays over it;
-- a new notice goes out only after the open crossing has cleared
CREATE TABLE early_warning (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  student_id  BIGINT        NOT NULL,
  kind        VARCHAR(30)   NOT NULL,
  crossed_on  DATE          NOT NULL,
  figure      VARCHAR(200)  NOT NULL,
  cleared_on  DATE          NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_early_warning_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT ck_early_warning_kind CHECK (kind IN ('ABSENCES_MONTH', 'ABSENCES_PERIOD', 'MARKS_FALLING')),
  INDEX ix_early_warning_student (student_id, kind, cleared_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- thresholds: unjustified lessons in a month / in the period; the last N ten-point marks whose
-- average is X tenths below the earlier average, or below a threshold (in tenths)
INSERT INTO school_setting (name, value) VALUES
  ('early_warning_unjustified_month', '8'),
  ('early_warning_unjustified_period', '20'),
  ('early_warning_marks_last', '5'),
  ('early_warning_marks_drop_tenths', '15'),
  ('early_warning_marks_below_tenths', '50')
  ON DUPLICATE KEY UPDATE value = value;
