-- pgbench script for the intake benchmark: the writes of one complaint registration, statement for statement and
-- round trip for round trip as the API sends them (see ComplaintRegistration.RegisterAsync), in one transaction:
--   1. claim the Idempotency-Key            BEGIN \; insert into idempotency_keys (Npgsql sends BEGIN with the
--                                           first statement, not as a round trip of its own)
--   2. issue the day's next number          queue on the advisory lock, then upsert complaint_number_counters;
--                                           the counter row stays locked until COMMIT
--   3. the complaint row                    insert into complaints ... returning id, xmin
--   4. link the key, add the timeline       update idempotency_keys \; insert into timeline_events ... returning id
--      and the three clocks                \; insert into complaint_deadlines ... returning id (x3: acknowledgement,
--                                           already met for a phone complaint; first contact; decision), one round
--                                           trip, as EF Core batches them
-- The due times are worked out in memory by the app (SlaRules, from rules cached per instance); here they are simple
-- expressions of now() in Beijing time (weekends and holidays ignored), since only the writes are measured.
-- Not included: the API's read before the transaction (is the category active?), and its HTTP, auth, JSON and
-- validation work. This is the database's share of a registration: the rate the API cannot beat.
-- Variables (pgbench -D): staff (the registering staff id), cat_min / cat_max (active category id range).
-- Needs pgbench's default simple protocol: ':name' inside quotes is substituted as text.
-- 1129205327 is ComplaintNumberIssuer.QueueLockClass (0x434E4E4F).

\set category random(:cat_min, :cat_max)
\set phone random(13000000000, 13999999999)
\set amount random(2, 900)
\set reference random(1, 2000000000)

BEGIN \;
INSERT INTO idempotency_keys (key, staff_id, complaint_id, created_at, request_hash)
VALUES ('pgbench-' || gen_random_uuid()::text, :staff, NULL, now(),
        encode(sha256(convert_to('register ' || :phone || ' ' || :amount || ' ' || :reference, 'UTF8')), 'hex'))
RETURNING key AS idem_key \gset

WITH queue AS (SELECT pg_advisory_xact_lock(1129205327, hashtext('TS')))
INSERT INTO complaint_number_counters (prefix, day, last_value)
SELECT 'TS', (now() AT TIME ZONE 'Asia/Shanghai')::date, 1 FROM queue
ON CONFLICT (prefix, day) DO UPDATE SET last_value = complaint_number_counters.last_value + 1
RETURNING prefix || to_char(day, 'YYYYMMDD') || lpad(last_value::text, greatest(6, length(last_value::text)), '0') AS number \gset

INSERT INTO complaints (appeal_count, assigned_at, assigned_by_id, assigned_by_name, assignee_id, assignee_name,
    assignee_staff_number, category_id, channel, department_id, description, desired_outcome, escalation_level, number,
    priority, received_at, registered_at, registered_by_id, resolved_at, status, timeline_head, timeline_length,
    updated_at, customer_reference, customer_email, customer_name, customer_national_id, customer_phone,
    response_due_at, sla_profile, next_due_at, paused_since)
VALUES (0, NULL, NULL, NULL, NULL, NULL,
    NULL, :category, 'Phone', NULL,
    '客户反映信用卡年费在未告知的情况下被重复扣收两次，共计' || :amount || '元，多次致电客服未获处理，要求尽快核实并退还。',
    '退还相关费用并书面道歉', 0, ':number',
    'Normal', now(), now(), :staff, NULL, 'Registered',
    encode(sha256(convert_to(':number' || :amount, 'UTF8')), 'hex'), 1,
    now(), 'CR' || lpad(:reference::text, 10, '0'), NULL, '张伟', NULL, :phone::text,
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 15) + time '23:59:59') AT TIME ZONE 'Asia/Shanghai', 'CN-NFRA',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 2) + time '17:00') AT TIME ZONE 'Asia/Shanghai', NULL)
RETURNING id AS complaint_id, xmin AS version \gset

UPDATE idempotency_keys SET complaint_id = :complaint_id
WHERE key = ':idem_key' AND staff_id = :staff \;
INSERT INTO timeline_events (actor_id, actor_name, actor_staff_number, complaint_id, customer_visible, details,
    from_status, hash, occurred_at, previous_hash, sequence, to_status, type)
VALUES (:staff, '王柜员', 'C1001', :complaint_id, true,
    ('{"number":":number","channel":"Phone","categoryId":' || :category || ',"priority":"Normal","responseDueAt":"'
        || to_char((((now() AT TIME ZONE 'Asia/Shanghai')::date + 15) + time '23:59:59') - interval '8 hours',
                   'YYYY-MM-DD"T"HH24:MI:SS"+00:00"') || '","slaProfile":"CN-NFRA"}')::json,
    NULL, encode(sha256(convert_to(':number' || :amount, 'UTF8')), 'hex'), now(), '', 1, 'Registered', 'Registered')
RETURNING id \;
INSERT INTO complaint_deadlines (complaint_id, target, round, started_at, span_amount, span_unit, profile_code, policy_id,
    policy_version, base_due_at, due_at, at_risk_from, extensions, completed_at, outcome, at_risk_notified_at, missed_at)
VALUES (:complaint_id, 'Acknowledgement', 0, now(), 1, 'BusinessDays', 'CN-NFRA', NULL, NULL,
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 1) + time '17:00') AT TIME ZONE 'Asia/Shanghai',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 1) + time '17:00') AT TIME ZONE 'Asia/Shanghai',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 1) + time '13:48') AT TIME ZONE 'Asia/Shanghai',
    0, now(), 'Met', NULL, NULL)
RETURNING id \;
INSERT INTO complaint_deadlines (complaint_id, target, round, started_at, span_amount, span_unit, profile_code, policy_id,
    policy_version, base_due_at, due_at, at_risk_from, extensions, completed_at, outcome, at_risk_notified_at, missed_at)
VALUES (:complaint_id, 'FirstContact', 0, now(), 2, 'BusinessDays', 'CN-NFRA', NULL, NULL,
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 2) + time '17:00') AT TIME ZONE 'Asia/Shanghai',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 2) + time '17:00') AT TIME ZONE 'Asia/Shanghai',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 2) + time '12:12') AT TIME ZONE 'Asia/Shanghai',
    0, NULL, NULL, NULL, NULL)
RETURNING id \;
INSERT INTO complaint_deadlines (complaint_id, target, round, started_at, span_amount, span_unit, profile_code, policy_id,
    policy_version, base_due_at, due_at, at_risk_from, extensions, completed_at, outcome, at_risk_notified_at, missed_at)
VALUES (:complaint_id, 'Resolution', 0, now(), 15, 'CalendarDays', 'CN-NFRA', NULL, NULL,
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 15) + time '23:59:59') AT TIME ZONE 'Asia/Shanghai',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 15) + time '23:59:59') AT TIME ZONE 'Asia/Shanghai',
    (((now() AT TIME ZONE 'Asia/Shanghai')::date + 12) + time '23:59:59') AT TIME ZONE 'Asia/Shanghai',
    0, NULL, NULL, NULL, NULL)
RETURNING id;

COMMIT;
