-- The dashboard for 2026-07-01..2026-09-30 (Asia/Shanghai), all departments and channels: the breakdown statement as the
-- app sends it (parameters written in), captured from the server log of one request.
SELECT CASE WHEN GROUPING(c.category_id) = 0 THEN 0 WHEN GROUPING(c.channel) = 0 THEN 1 WHEN GROUPING(c.assignee_id) = 0 THEN 2 WHEN GROUPING(c.department_id) = 0 THEN 3 WHEN GROUPING(c.resolution_root_cause_head) = 0 THEN 4 END,
       coalesce(c.category_id::text, c.channel::text, c.assignee_id::text, c.department_id::text, c.resolution_root_cause_head::text),
       count(*),
       count(*) FILTER (WHERE c.status NOT IN ('Closed', 'Withdrawn')),
       count(*) FILTER (WHERE c.status = 'Closed'),
       count(*) FILTER (WHERE c.status NOT IN ('Closed', 'Withdrawn', 'AwaitingConfirmation') AND c.response_due_at < '2026-11-29 07:30:46.749902+00'),
       count(*) FILTER (WHERE c.survey_rating IS NOT NULL),
       avg(c.survey_rating)::double precision
FROM complaints c
WHERE c.received_at >= '2026-06-30 16:00:00+00' AND c.received_at < '2026-09-30 16:00:00+00'
GROUP BY GROUPING SETS ((c.category_id), (c.channel), (c.assignee_id), (c.department_id), (c.resolution_root_cause_head));
