-- Access: the confidentiality pledge (§8), login events and lock-out (§18.10), health data (§28).

-- konfidencialumo pasižadėjimas: versioned text; the current one is the highest version in force
CREATE TABLE confidentiality_pledge (
  version         INT           NOT NULL PRIMARY KEY,
  title           VARCHAR(200)  NOT NULL,
  body            TEXT          NOT NULL,
  effective_from  DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- an employee accepted one version of the pledge, at a time (once per version)
CREATE TABLE pledge_acceptance (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_id       BIGINT       NOT NULL,
  pledge_version  INT          NOT NULL,
  accepted_at     DATETIME(3)  NOT NULL,
  CONSTRAINT fk_pledge_acceptance_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_pledge_acceptance_pledge FOREIGN KEY (pledge_version) REFERENCES confidentiality_pledge (version),
  CONSTRAINT uq_pledge_acceptance UNIQUE (person_id, pledge_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO confidentiality_pledge (version, title, body, effective_from) VALUES (1,
'Darbuotojo, dirbančio su elektroniniu dienynu, konfidencialumo pasižadėjimas',
'Aš, progimnazijos darbuotojas, dirbantis su elektroniniu dienynu, pasižadu:

1. vadovautis Elektroninio dienyno tvarkymo nuostatais, Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymu ir kitais teisės aktais;
2. laikytis konfidencialumo: saugoti paslaptyje mokinių, jų tėvų (globėjų) ir darbuotojų asmens duomenis bei kitą informaciją, su kuria susipažįstu dirbdamas su e. dienynu, ir naudoti ją tik savo darbo funkcijoms atlikti;
3. neperduoti jokių e. dienyno duomenų tretiesiems fiziniams ar juridiniams asmenims;
4. nenaudoti įstaigos duomenų jokiais kitais tikslais;
5. niekam neatskleisti savo prisijungimo vardo ir slaptažodžio, o sužinojęs apie galimą duomenų saugumo pažeidimą, nedelsdamas pranešti duomenų bazių administratoriui ar direktoriui.

Esu informuotas, kad šio pasižadėjimo laikymasis galioja ir pasibaigus darbo santykiams, o jį pažeidus taikoma teisės aktuose numatyta atsakomybė.',
'2026-01-01 00:00:00');

-- prisijungimai: every login attempt; person_id is known for an existing account only
CREATE TABLE login_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  login        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  person_id    BIGINT       NULL,
  occurred_at  DATETIME(3)  NOT NULL,
  success      BOOLEAN      NOT NULL,
  reason       VARCHAR(20)  NOT NULL,
  CONSTRAINT fk_login_event_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT ck_login_event_reason CHECK (reason IN ('OK', 'BAD_PASSWORD', 'UNKNOWN_LOGIN', 'DISABLED', 'LOCKED')),
  INDEX ix_login_event_login (login, occurred_at),
  INDEX ix_login_event_person (person_id, occurred_at),
  INDEX ix_login_event_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a login name locked after repeated failures, whether or not an account has it: the realm refuses
-- a locked account, and an unknown name behaves the same, so a lock reveals nothing
CREATE TABLE login_lock (
  login         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  locked_until  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- sveikatos duomenys (§7.2): one record per student, readable by the health specialist and the director
CREATE TABLE health_record (
  student_id  BIGINT       NOT NULL PRIMARY KEY,
  body        TEXT         NOT NULL,
  updated_by  BIGINT       NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_health_record_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_health_record_author FOREIGN KEY (updated_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- §28.2: a notice about a student's condition to the student's teachers (never the record itself)
CREATE TABLE health_notice (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  student_id  BIGINT        NOT NULL,
  author_id   BIGINT        NOT NULL,
  body        VARCHAR(2000) NOT NULL,
  sent_at     DATETIME(3)   NOT NULL,
  CONSTRAINT fk_health_notice_student FOREIGN KEY (student_id) REFERENCES person (id),
  CONSTRAINT fk_health_notice_author FOREIGN KEY (author_id) REFERENCES person (id),
  INDEX ix_health_notice_student (student_id, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE health_notice_recipient (
  notice_id   BIGINT NOT NULL,
  teacher_id  BIGINT NOT NULL,
  PRIMARY KEY (notice_id, teacher_id),
  CONSTRAINT fk_health_notice_recipient_notice FOREIGN KEY (notice_id) REFERENCES health_notice (id),
  CONSTRAINT fk_health_notice_recipient_teacher FOREIGN KEY (teacher_id) REFERENCES person (id),
  INDEX ix_health_notice_recipient_teacher (teacher_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
