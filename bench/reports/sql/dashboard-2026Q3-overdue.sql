-- The dashboard for 2026-07-01..2026-09-30 (Asia/Shanghai), all departments and channels: the overdue statement as the
-- app sends it (parameters written in), captured from the server log of one request.
SELECT c.id, c.number, c.status, c.channel, c.received_at, cat.code, cat.name, cat.name_en, c.department_id,
       c.assignee_name, c.assignee_staff_number, c.response_due_at, c.closure_closed_at, c.survey_rating
FROM (SELECT c.id
      FROM complaints c
WHERE c.received_at >= '2026-06-30 16:00:00+00' AND c.received_at < '2026-09-30 16:00:00+00'
        AND (c.status NOT IN ('Closed', 'Withdrawn', 'AwaitingConfirmation') AND c.response_due_at < '2026-11-29 07:30:46.749902+00')
      ORDER BY c.response_due_at, c.id LIMIT 10) page
JOIN complaints c ON c.id = page.id
JOIN categories cat ON cat.id = c.category_id
ORDER BY c.response_due_at, c.id;
