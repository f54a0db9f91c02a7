-- History of every change of diary data (§19.7): append-only, each entry hash-chained to the
-- previous one, so that a later change made directly in the database is detected.

CREATE TABLE history_entry (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at        DATETIME(3)   NOT NULL,
  actor_login        VARCHAR(64)   NOT NULL,
  actor_person_id    BIGINT        NULL,
  source             VARCHAR(60)   NOT NULL,
  entity_type        VARCHAR(40)   NOT NULL,
  entity_id          VARCHAR(40)   NOT NULL,
  action             VARCHAR(12)   NOT NULL,
  before_value       TEXT          NULL,
  after_value        TEXT          NULL,
  correction_act_id  BIGINT        NULL,
  prev_hash          CHAR(64)      CHARACTER SET ascii NOT NULL,
  hash               CHAR(64)      CHARACTER SET ascii NOT NULL,
  CONSTRAINT ck_history_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'LOCK', 'UNLOCK')),
  INDEX ix_history_entity (entity_type, entity_id, id),
  INDEX ix_history_act (correction_act_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the head of the chain: one row, locked by every appender, so entries chain in commit order
CREATE TABLE history_head (
  id         TINYINT   NOT NULL PRIMARY KEY,
  last_id    BIGINT    NULL,
  last_hash  CHAR(64)  CHARACTER SET ascii NOT NULL,
  CONSTRAINT ck_history_head_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO history_head (id, last_id, last_hash)
  VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');

-- nobody rewrites history: not the application, not a stray UPDATE
CREATE TRIGGER history_entry_no_update BEFORE UPDATE ON history_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history_entry is append-only';

CREATE TRIGGER history_entry_no_delete BEFORE DELETE ON history_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history_entry is append-only';
