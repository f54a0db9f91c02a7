-- What a person wants to be told of the journal (new marks, absences, homework) and whether notices
-- also go by e-mail; one row per person with an account, written when they first choose. A person
-- without a row gets the defaults: every kind in the inbox, e-mail on where an address is known.
CREATE TABLE notice_preference (
  person_id  BIGINT   NOT NULL PRIMARY KEY,
  marks      BOOLEAN  NOT NULL DEFAULT TRUE,
  absences   BOOLEAN  NOT NULL DEFAULT TRUE,
  homework   BOOLEAN  NOT NULL DEFAULT TRUE,
  by_email   BOOLEAN  NOT NULL DEFAULT TRUE,
  version    INT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_notice_preference_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
