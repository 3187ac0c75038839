-- The statement RegulatoryReport runs for 2026Q3 (Beijing quarter: 2026-07-01 00:00 to 2026-10-01 00:00 +08).
SELECT category_id, channel, GROUPING(category_id, channel),
    count(*) FILTER (WHERE received_at < '2026-06-30 16:00:00+00')::int,
    count(*) FILTER (WHERE received_at >= '2026-06-30 16:00:00+00')::int,
    count(*) FILTER (WHERE closure_closed_at < '2026-09-30 16:00:00+00' AND closure_reason <> 'Withdrawn' AND resolution_upheld
        AND NOT coalesce(resolution_partly_upheld, false))::int,
    count(*) FILTER (WHERE closure_closed_at < '2026-09-30 16:00:00+00' AND closure_reason <> 'Withdrawn' AND resolution_upheld
        AND resolution_partly_upheld)::int,
    count(*) FILTER (WHERE closure_closed_at < '2026-09-30 16:00:00+00' AND closure_reason <> 'Withdrawn' AND NOT resolution_upheld)::int,
    count(*) FILTER (WHERE closure_closed_at < '2026-09-30 16:00:00+00' AND closure_reason = 'Withdrawn')::int,
    count(*) FILTER (WHERE closure_closed_at IS NULL OR closure_closed_at >= '2026-09-30 16:00:00+00')::int
FROM complaints
WHERE received_at < '2026-09-30 16:00:00+00' AND (closure_closed_at IS NULL OR closure_closed_at >= '2026-06-30 16:00:00+00')
GROUP BY GROUPING SETS ((category_id), (channel), ());
