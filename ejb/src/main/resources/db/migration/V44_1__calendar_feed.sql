-- A person's calendar subscription (iCalendar feed at a secret address): only the SHA-256 of the
-- secret is kept, so the address cannot be read back from the database; a new address replaces the
-- old one, revoking removes it.
CREATE TABLE calendar_feed (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_id   BIGINT       NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_calendar_feed_person UNIQUE (person_id),
  CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
