-- Reports read one row per complaint: the first-round clocks (outcome, due, completed), the earliest risk threshold of
-- the clocks still running and the survey rating are copied onto the complaint, which keeps them current from now on
-- (Complaint.ReportCopies.cs). Before this, every dashboard statement probed complaint_deadlines four times and
-- satisfaction_surveys once per complaint of the period.
ALTER TABLE complaints
    ADD COLUMN sla_ack_outcome character varying(32),
    ADD COLUMN sla_ack_due_at timestamp with time zone,
    ADD COLUMN sla_ack_completed_at timestamp with time zone,
    ADD COLUMN sla_contact_outcome character varying(32),
    ADD COLUMN sla_contact_due_at timestamp with time zone,
    ADD COLUMN sla_contact_completed_at timestamp with time zone,
    ADD COLUMN sla_resolution_outcome character varying(32),
    ADD COLUMN sla_resolution_due_at timestamp with time zone,
    ADD COLUMN sla_resolution_completed_at timestamp with time zone,
    ADD COLUMN sla_at_risk_from timestamp with time zone,
    ADD COLUMN survey_rating integer;

-- The complaints stored so far, in one pass: the same rules as Complaint.CopyForReports.
UPDATE complaints c
SET sla_ack_outcome = f.ack_outcome, sla_ack_due_at = f.ack_due_at, sla_ack_completed_at = f.ack_completed_at,
    sla_contact_outcome = f.contact_outcome, sla_contact_due_at = f.contact_due_at, sla_contact_completed_at = f.contact_completed_at,
    sla_resolution_outcome = f.resolution_outcome, sla_resolution_due_at = f.resolution_due_at,
    sla_resolution_completed_at = f.resolution_completed_at, sla_at_risk_from = f.at_risk_from, survey_rating = f.rating
FROM (
    SELECT x.id,
           max(d.outcome) FILTER (WHERE d.target = 'Acknowledgement' AND d.round = 0) AS ack_outcome,
           max(d.due_at) FILTER (WHERE d.target = 'Acknowledgement' AND d.round = 0) AS ack_due_at,
           max(d.completed_at) FILTER (WHERE d.target = 'Acknowledgement' AND d.round = 0) AS ack_completed_at,
           max(d.outcome) FILTER (WHERE d.target = 'FirstContact' AND d.round = 0) AS contact_outcome,
           max(d.due_at) FILTER (WHERE d.target = 'FirstContact' AND d.round = 0) AS contact_due_at,
           max(d.completed_at) FILTER (WHERE d.target = 'FirstContact' AND d.round = 0) AS contact_completed_at,
           max(d.outcome) FILTER (WHERE d.target = 'Resolution' AND d.round = 0) AS resolution_outcome,
           max(d.due_at) FILTER (WHERE d.target = 'Resolution' AND d.round = 0) AS resolution_due_at,
           max(d.completed_at) FILTER (WHERE d.target = 'Resolution' AND d.round = 0) AS resolution_completed_at,
           min(d.at_risk_from) FILTER (WHERE d.completed_at IS NULL AND d.outcome IS NULL
               AND (d.round = 0 AND d.target <> 'Review' OR d.target = 'Review' AND d.round = x.appeal_count)) AS at_risk_from,
           (SELECT s.rating FROM satisfaction_surveys s WHERE s.complaint_id = x.id) AS rating
    FROM complaints x
    LEFT JOIN complaint_deadlines d ON d.complaint_id = x.id
    GROUP BY x.id
) f
WHERE f.id = c.id;
