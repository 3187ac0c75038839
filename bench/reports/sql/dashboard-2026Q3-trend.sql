-- The dashboard for 2026-07-01..2026-09-30 (Asia/Shanghai), all departments and channels: the trend statement as the
-- app sends it (parameters written in), captured from the server log of one request.
SELECT date_trunc('day', c.received_at AT TIME ZONE 'Asia/Shanghai')::date, count(*)
FROM complaints c
WHERE c.received_at >= '2026-06-30 16:00:00+00' AND c.received_at < '2026-09-30 16:00:00+00'
GROUP BY 1;
