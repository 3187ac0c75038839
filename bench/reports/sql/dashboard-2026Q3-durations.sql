-- The dashboard for 2026-07-01..2026-09-30 (Asia/Shanghai), all departments and channels: the durations statement as the
-- app sends it (parameters written in), captured from the server log of one request.
SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY date_part('epoch', c.sla_contact_completed_at - c.received_at) / 3600) FILTER (WHERE c.sla_contact_completed_at IS NOT NULL AND c.sla_contact_outcome IN ('Met', 'Missed')),
       percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY date_part('epoch', c.sla_resolution_completed_at - c.received_at) / 3600) FILTER (WHERE c.sla_resolution_completed_at IS NOT NULL AND c.sla_resolution_outcome IN ('Met', 'Missed'))
FROM complaints c
WHERE c.received_at >= '2026-06-30 16:00:00+00' AND c.received_at < '2026-09-30 16:00:00+00';
