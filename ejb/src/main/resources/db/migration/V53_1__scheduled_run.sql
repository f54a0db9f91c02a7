-- issue 19: a nightly job starts once in a cluster. Every node's timer fires; the first to insert the row of
-- (task, day) starts the job, the others find it there and do nothing (lt.dienynas.shared.ScheduledRuns).
-- The row also records which node ran it and when.
CREATE TABLE scheduled_run (
  task        VARCHAR(64)   NOT NULL,
  run_day     DATE          NOT NULL,
  node        VARCHAR(100)  NOT NULL,
  claimed_at  DATETIME(3)   NOT NULL,
  PRIMARY KEY (task, run_day)
);
