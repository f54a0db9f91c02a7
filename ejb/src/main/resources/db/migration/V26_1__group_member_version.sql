-- issue 21: group memberships are edited in the portal (a student leaves a group, moves to
-- another): optimistic locking like every other editable record.
ALTER TABLE group_member ADD COLUMN version INT NOT NULL DEFAULT 0;
