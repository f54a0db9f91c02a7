-- correction acts also correct a locked additional or summer work's result (§30.1)
ALTER TABLE correction_item DROP CONSTRAINT ck_correction_item_kind;
ALTER TABLE correction_item ADD CONSTRAINT ck_correction_item_kind
  CHECK (kind IN ('MARK', 'PERIOD_GRADE', 'PERIOD_ATTENDANCE', 'ADDITIONAL_WORK', 'SUMMER_WORK'));
