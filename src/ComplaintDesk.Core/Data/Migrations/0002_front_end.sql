-- 0002: what the staff front end needs: a response deadline on every complaint (the queues sort by it),
-- call-back promises with a due time, and sign-in lockout.

ALTER TABLE complaints ADD COLUMN response_due_at timestamp with time zone;
UPDATE complaints SET response_due_at = received_at + interval '15 days';
ALTER TABLE complaints ALTER COLUMN response_due_at SET NOT NULL;
CREATE INDEX ix_complaints_assignee_id_response_due_at_id ON complaints (assignee_id, response_due_at, id);

ALTER TABLE handling_steps ADD COLUMN due_at timestamp with time zone;

ALTER TABLE staff ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until timestamp with time zone;

-- The row trigger of 0001 does not fire on TRUNCATE; refuse that too, so the timeline cannot be emptied wholesale.
CREATE TRIGGER timeline_events_no_truncate
    BEFORE TRUNCATE ON timeline_events
    FOR EACH STATEMENT EXECUTE FUNCTION timeline_events_append_only();
