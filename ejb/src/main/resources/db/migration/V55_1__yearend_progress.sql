-- The year-end jobs' progress (the admin's progress bar): per job instance, the classes its
-- partition plan holds, and each class whose partition committed — written in that chunk's
-- transaction, with its checkpoint, so a class counts as done exactly when its documents are stored.
-- A restart is the same job instance: the classes done before it stay counted.

CREATE TABLE yearend_job_plan (
  job_instance_id   BIGINT        PRIMARY KEY,
  classes_total     INT           NOT NULL,
  planned_at        DATETIME(3)   NOT NULL,
  CONSTRAINT ck_yearend_job_plan_total CHECK (classes_total >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE yearend_job_class (
  job_instance_id   BIGINT        NOT NULL,
  school_class_id   BIGINT        NOT NULL,
  job_execution_id  BIGINT        NOT NULL,
  done_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (job_instance_id, school_class_id),
  CONSTRAINT fk_yearend_job_class_plan FOREIGN KEY (job_instance_id) REFERENCES yearend_job_plan (job_instance_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
