-- Follow-up discipline: re-contact reminders on a result the customer has not answered, and call-back promises that
-- are kept by a contact or marked broken by the deadline monitor.

ALTER TABLE complaints ADD COLUMN recontact_reminders integer NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN last_recontact_reminder_at timestamp with time zone;

ALTER TABLE handling_steps ADD COLUMN kept_at timestamp with time zone;
ALTER TABLE handling_steps ADD COLUMN broken_at timestamp with time zone;
CREATE INDEX ix_handling_steps_open_promises ON handling_steps (due_at)
    WHERE kind = 'CallbackPromise' AND kept_at IS NULL AND broken_at IS NULL;

-- A promise already followed by a contact with the customer was kept.
UPDATE handling_steps p SET kept_at = (
    SELECT min(c.recorded_at) FROM handling_steps c
    WHERE c.complaint_id = p.complaint_id AND c.kind = 'CustomerContact' AND c.recorded_at > p.recorded_at)
WHERE p.kind = 'CallbackPromise';
