-- The history chain's head (last entry id and its MAC) at each lock or unlock of a month, so that a
-- history rewritten and re-chained later no longer holds what the month lock recorded.
ALTER TABLE month_lock
  ADD COLUMN history_last_id BIGINT NULL,
  ADD COLUMN history_mac CHAR(64) CHARACTER SET ascii NULL;
