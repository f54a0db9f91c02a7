-- Vidaus žinutės (requirements §6, regulation §19.2, §21.7): messages, their recipients with read
-- receipts, attachments; system notices wait in an outbox written in the caller's transaction.

CREATE TABLE message (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  -- the first message of the conversation; NULL for a first message itself
  thread_id    BIGINT        NULL,
  reply_to_id  BIGINT        NULL,
  -- NULL for a system notice (the diary itself is the sender)
  sender_id    BIGINT        NULL,
  kind         VARCHAR(20)   NOT NULL,
  subject      VARCHAR(200)  NOT NULL,
  body         TEXT          NOT NULL,
  -- what the sender chose, e.g. "5a klasės tėvai (globėjai)", shown instead of a long list
  audience     VARCHAR(500)  NULL,
  -- a notice keeps its bundle keys and arguments, so that each reader sees it in their language
  subject_key  VARCHAR(100)  NULL,
  body_key     VARCHAR(100)  NULL,
  notice_args  TEXT          NULL,
  sent_at      DATETIME(3)   NOT NULL,
  CONSTRAINT fk_message_thread FOREIGN KEY (thread_id) REFERENCES message (id),
  CONSTRAINT fk_message_reply_to FOREIGN KEY (reply_to_id) REFERENCES message (id),
  CONSTRAINT fk_message_sender FOREIGN KEY (sender_id) REFERENCES person (id),
  CONSTRAINT ck_message_kind CHECK (kind IN ('PERSONAL', 'NOTICE')),
  CONSTRAINT ck_message_sender CHECK ((kind = 'NOTICE') = (sender_id IS NULL)),
  INDEX ix_message_sender (sender_id, sent_at),
  INDEX ix_message_thread (thread_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one row per person a message reached; read_at is the read receipt
CREATE TABLE message_recipient (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_id    BIGINT       NOT NULL,
  recipient_id  BIGINT       NOT NULL,
  read_at       DATETIME(3)  NULL,
  CONSTRAINT fk_message_recipient_message FOREIGN KEY (message_id) REFERENCES message (id),
  CONSTRAINT fk_message_recipient_person FOREIGN KEY (recipient_id) REFERENCES person (id),
  CONSTRAINT uq_message_recipient UNIQUE (message_id, recipient_id),
  INDEX ix_message_recipient_inbox (recipient_id, read_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE message_attachment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_id    BIGINT        NOT NULL,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  size_bytes    INT           NOT NULL,
  content       MEDIUMBLOB    NOT NULL,
  CONSTRAINT fk_message_attachment_message FOREIGN KEY (message_id) REFERENCES message (id),
  INDEX ix_message_attachment_message (message_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a system notice written in the caller's transaction (a rollback removes it); delivered into
-- messages once after the commit, and marked delivered in the same transaction as the message
CREATE TABLE notice_outbox (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient_ids  TEXT          NOT NULL,
  subject_key    VARCHAR(100)  NOT NULL,
  body_key       VARCHAR(100)  NOT NULL,
  args           TEXT          NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  delivered_at   DATETIME(3)   NULL,
  message_id     BIGINT        NULL,
  CONSTRAINT fk_notice_outbox_message FOREIGN KEY (message_id) REFERENCES message (id),
  INDEX ix_notice_outbox_pending (delivered_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- skelbimai (§21.13, §22.8, §23.13): parent meetings, open days, class events, timetable changes,
-- learning and excursion days of a class
CREATE TABLE announcement (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_class_id  BIGINT        NOT NULL,
  author_id        BIGINT        NOT NULL,
  kind             VARCHAR(30)   NOT NULL,
  event_date       DATE          NOT NULL,
  event_time       TIME          NULL,
  place            VARCHAR(200)  NULL,
  topics           TEXT          NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_announcement_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
  CONSTRAINT fk_announcement_author FOREIGN KEY (author_id) REFERENCES person (id),
  CONSTRAINT ck_announcement_kind CHECK (kind IN ('PARENT_MEETING', 'OPEN_DAY', 'CLASS_EVENT', 'TIMETABLE_CHANGE', 'LEARNING_DAY')),
  INDEX ix_announcement_class (school_class_id, event_date),
  INDEX ix_announcement_author (author_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
