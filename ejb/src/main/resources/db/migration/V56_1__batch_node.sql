-- issue 19: a job execution whose server died stays STARTED in JBeret's repository for good, and the
-- year-end guard then refuses every later start of its year. Each server (one row per boot of the
-- application) beats every 15 seconds on the database's clock, the one clock every node shares; each
-- execution names the boot that runs it. An execution still running whose boot has not beaten for a
-- minute is marked FAILED (exit status NODE_LOST), so that it can be restarted from its checkpoint
-- (lt.dienynas.batch.LostExecutions).
CREATE TABLE batch_node (
  boot        CHAR(36)      NOT NULL,
  node        VARCHAR(100)  NOT NULL,
  started_at  DATETIME(3)   NOT NULL,
  seen_at     DATETIME(3)   NOT NULL,
  PRIMARY KEY (boot),
  KEY batch_node_seen (seen_at)
);

CREATE TABLE batch_execution_owner (
  job_execution_id  BIGINT        NOT NULL,
  boot              CHAR(36)      NOT NULL,
  node              VARCHAR(100)  NOT NULL,
  PRIMARY KEY (job_execution_id),
  KEY batch_execution_owner_boot (boot)
);
