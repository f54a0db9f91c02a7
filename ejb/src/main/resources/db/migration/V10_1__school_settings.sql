-- School settings that came with later features: a planned test is announced at least this many
-- calendar days ahead (§23.4).
INSERT INTO school_setting (name, value) VALUES ('planned_test_days_ahead', '7')
  ON DUPLICATE KEY UPDATE value = value;
