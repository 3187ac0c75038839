-- A period's complaints for the dashboard and the drill-down lists in one narrow index: every column a figure or its
-- list filters, groups or sorts on is in it, so PostgreSQL answers from the index alone (an index-only scan) instead of
-- visiting one table page per complaint. It replaces the (received_at, id) index of 0010.
--
-- The root cause is free text of up to 1,000 characters, too long for an index entry (about 2,700 bytes at most), so
-- reports group by its first 300 characters (at most 1,200 bytes), kept by PostgreSQL itself.
ALTER TABLE complaints
    ADD COLUMN resolution_root_cause_head character varying(300) GENERATED ALWAYS AS (left(resolution_root_cause, 300)) STORED;

DROP INDEX ix_complaints_received_at_id;
CREATE INDEX ix_complaints_received_at_id ON complaints (received_at, id) INCLUDE (status, channel, category_id,
    department_id, assignee_id, response_due_at, next_due_at, paused_since, appeal_count, resolution_upheld,
    resolution_redress_amount, resolution_root_cause_head, sla_ack_outcome, sla_ack_due_at, sla_ack_completed_at,
    sla_contact_outcome, sla_contact_due_at, sla_contact_completed_at, sla_resolution_outcome, sla_resolution_due_at,
    sla_resolution_completed_at, sla_at_risk_from, survey_rating);

-- The open complaints alone, for the overdue and at-risk lists and the open figures: a few thousand of a period's
-- complaints, so those lists need not look at the closed ones at all.
CREATE INDEX ix_complaints_open_received_at_id ON complaints (received_at, id)
    INCLUDE (status, department_id, channel, response_due_at, next_due_at, paused_since, sla_at_risk_from)
    WHERE status NOT IN ('Closed', 'Withdrawn');
