-- 0003: deadlines a regulator would accept. Business calendars (with holidays and make-up working days), SLA
-- policies, the regulatory profile in force, a clock per target on each complaint, pauses, extensions, and the
-- outbox that notices are queued in. Existing complaints get their deadlines from the Chinese profile's defaults.

CREATE TABLE business_calendars (
    id bigint GENERATED ALWAYS AS IDENTITY,
    code character varying(16) NOT NULL,
    name character varying(100) NOT NULL,
    time_zone character varying(64) NOT NULL,
    day_start time without time zone NOT NULL,
    day_end time without time zone NOT NULL,
    working_weekdays integer[] NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_business_calendars PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_business_calendars_code ON business_calendars (code);

CREATE TABLE business_calendar_days (
    calendar_id bigint NOT NULL,
    date date NOT NULL,
    kind character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    CONSTRAINT pk_business_calendar_days PRIMARY KEY (calendar_id, date),
    CONSTRAINT fk_business_calendar_days_business_calendars_calendar_id FOREIGN KEY (calendar_id) REFERENCES business_calendars (id) ON DELETE CASCADE
);

CREATE TABLE sla_policies (
    id bigint GENERATED ALWAYS AS IDENTITY,
    name character varying(100) NOT NULL,
    category_id bigint,
    priority character varying(32),
    acknowledgement_amount integer NOT NULL,
    acknowledgement_unit character varying(32) NOT NULL,
    first_contact_amount integer NOT NULL,
    first_contact_unit character varying(32) NOT NULL,
    resolution_amount integer NOT NULL,
    resolution_unit character varying(32) NOT NULL,
    is_active boolean NOT NULL,
    version integer NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_sla_policies PRIMARY KEY (id),
    CONSTRAINT fk_sla_policies_categories_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX ix_sla_policies_category_id_priority ON sla_policies (category_id, priority) NULLS NOT DISTINCT;

CREATE TABLE sla_settings (
    id bigint NOT NULL,
    profile_code character varying(16) NOT NULL,
    calendar_id bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(123),
    CONSTRAINT pk_sla_settings PRIMARY KEY (id),
    CONSTRAINT ck_sla_settings_singleton CHECK (id = 1),
    CONSTRAINT fk_sla_settings_business_calendars_calendar_id FOREIGN KEY (calendar_id) REFERENCES business_calendars (id) ON DELETE RESTRICT
);
CREATE INDEX ix_sla_settings_calendar_id ON sla_settings (calendar_id);

ALTER TABLE complaints ADD COLUMN sla_profile character varying(16) NOT NULL DEFAULT 'CN-NFRA';
ALTER TABLE complaints ALTER COLUMN sla_profile DROP DEFAULT;
ALTER TABLE complaints ADD COLUMN next_due_at timestamp with time zone;
ALTER TABLE complaints ADD COLUMN paused_since timestamp with time zone;
CREATE INDEX ix_complaints_assignee_id_next_due_at_id ON complaints (assignee_id, next_due_at, id);

ALTER TABLE handling_steps ADD COLUMN reminder_queued_at timestamp with time zone;
CREATE INDEX ix_handling_steps_callback_reminders ON handling_steps (due_at)
    WHERE kind = 'CallbackPromise' AND reminder_queued_at IS NULL;

CREATE TABLE complaint_deadlines (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    target character varying(32) NOT NULL,
    round integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    span_amount integer NOT NULL,
    span_unit character varying(32) NOT NULL,
    profile_code character varying(16) NOT NULL,
    policy_id bigint,
    policy_version integer,
    base_due_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    at_risk_from timestamp with time zone NOT NULL,
    extensions integer NOT NULL,
    completed_at timestamp with time zone,
    outcome character varying(32),
    at_risk_notified_at timestamp with time zone,
    missed_at timestamp with time zone,
    CONSTRAINT pk_complaint_deadlines PRIMARY KEY (id),
    CONSTRAINT fk_complaint_deadlines_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_complaint_deadlines_complaint_id_target_round ON complaint_deadlines (complaint_id, target, round);
CREATE INDEX ix_complaint_deadlines_due_at ON complaint_deadlines (due_at) WHERE completed_at IS NULL AND outcome IS NULL;
CREATE INDEX ix_complaint_deadlines_at_risk_from ON complaint_deadlines (at_risk_from)
    WHERE completed_at IS NULL AND outcome IS NULL AND at_risk_notified_at IS NULL;

CREATE TABLE complaint_pauses (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    reason character varying(1000) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    started_by_id bigint NOT NULL,
    started_by_name character varying(100) NOT NULL,
    ended_at timestamp with time zone,
    ended_by_name character varying(100),
    CONSTRAINT pk_complaint_pauses PRIMARY KEY (id),
    CONSTRAINT fk_complaint_pauses_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);
CREATE INDEX ix_complaint_pauses_complaint_id ON complaint_pauses (complaint_id);

CREATE TABLE complaint_extensions (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    sequence integer NOT NULL,
    reason character varying(1000) NOT NULL,
    approver_role character varying(32) NOT NULL,
    proposed_due_at timestamp with time zone NOT NULL,
    requested_by_id bigint NOT NULL,
    requested_by_name character varying(100) NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    approved boolean,
    decision_comment character varying(1000),
    decided_by_id bigint,
    decided_by_name character varying(100),
    decided_at timestamp with time zone,
    CONSTRAINT pk_complaint_extensions PRIMARY KEY (id),
    CONSTRAINT fk_complaint_extensions_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_complaint_extensions_complaint_id_sequence ON complaint_extensions (complaint_id, sequence);

CREATE TABLE outbox_messages (
    id bigint GENERATED ALWAYS AS IDENTITY,
    template character varying(64) NOT NULL,
    channel character varying(32) NOT NULL,
    complaint_id bigint,
    recipient_staff_id bigint,
    recipient_address character varying(254),
    payload jsonb NOT NULL,
    dedupe_key character varying(128),
    created_at timestamp with time zone NOT NULL,
    status character varying(32) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    last_error character varying(1000),
    CONSTRAINT pk_outbox_messages PRIMARY KEY (id),
    CONSTRAINT fk_outbox_messages_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE,
    CONSTRAINT fk_outbox_messages_staff_recipient_staff_id FOREIGN KEY (recipient_staff_id) REFERENCES staff (id) ON DELETE CASCADE
);
CREATE INDEX ix_outbox_messages_complaint_id ON outbox_messages (complaint_id);
CREATE UNIQUE INDEX ix_outbox_messages_dedupe_key ON outbox_messages (dedupe_key);
CREATE INDEX ix_outbox_messages_recipient_staff_id_id ON outbox_messages (recipient_staff_id, id);
CREATE INDEX ix_outbox_messages_status_next_attempt_at ON outbox_messages (status, next_attempt_at);

-- The shipped calendars: the Chinese mainland (State Council holiday notices for 2025 and 2026, make-up working
-- days included), and two for branches abroad. Admins edit them on the Calendars page.
INSERT INTO business_calendars (code, name, time_zone, day_start, day_end, working_weekdays, updated_at) VALUES
    ('CN', '中国大陆工作日历', 'Asia/Shanghai', TIME '09:00', TIME '17:00', ARRAY[1,2,3,4,5], now()),
    ('GB', 'England and Wales', 'Europe/London', TIME '09:00', TIME '17:30', ARRAY[1,2,3,4,5], now()),
    ('US', 'United States (federal)', 'America/New_York', TIME '09:00', TIME '17:00', ARRAY[1,2,3,4,5], now());

INSERT INTO business_calendar_days (calendar_id, date, kind, name)
SELECT c.id, d.date, d.kind, d.name
FROM (VALUES
    ('CN', DATE '2025-01-01', 'Holiday', '元旦'),
    ('CN', DATE '2025-01-28', 'Holiday', '春节'),
    ('CN', DATE '2025-01-29', 'Holiday', '春节'),
    ('CN', DATE '2025-01-30', 'Holiday', '春节'),
    ('CN', DATE '2025-01-31', 'Holiday', '春节'),
    ('CN', DATE '2025-02-01', 'Holiday', '春节'),
    ('CN', DATE '2025-02-02', 'Holiday', '春节'),
    ('CN', DATE '2025-02-03', 'Holiday', '春节'),
    ('CN', DATE '2025-02-04', 'Holiday', '春节'),
    ('CN', DATE '2025-01-26', 'WorkingDay', '春节调休'),
    ('CN', DATE '2025-02-08', 'WorkingDay', '春节调休'),
    ('CN', DATE '2025-04-04', 'Holiday', '清明节'),
    ('CN', DATE '2025-04-05', 'Holiday', '清明节'),
    ('CN', DATE '2025-04-06', 'Holiday', '清明节'),
    ('CN', DATE '2025-05-01', 'Holiday', '劳动节'),
    ('CN', DATE '2025-05-02', 'Holiday', '劳动节'),
    ('CN', DATE '2025-05-03', 'Holiday', '劳动节'),
    ('CN', DATE '2025-05-04', 'Holiday', '劳动节'),
    ('CN', DATE '2025-05-05', 'Holiday', '劳动节'),
    ('CN', DATE '2025-04-27', 'WorkingDay', '劳动节调休'),
    ('CN', DATE '2025-05-31', 'Holiday', '端午节'),
    ('CN', DATE '2025-06-01', 'Holiday', '端午节'),
    ('CN', DATE '2025-06-02', 'Holiday', '端午节'),
    ('CN', DATE '2025-10-01', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-02', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-03', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-04', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-05', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-06', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-07', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-10-08', 'Holiday', '国庆节、中秋节'),
    ('CN', DATE '2025-09-28', 'WorkingDay', '国庆节调休'),
    ('CN', DATE '2025-10-11', 'WorkingDay', '国庆节调休'),
    ('CN', DATE '2026-01-01', 'Holiday', '元旦'),
    ('CN', DATE '2026-01-02', 'Holiday', '元旦'),
    ('CN', DATE '2026-01-03', 'Holiday', '元旦'),
    ('CN', DATE '2026-01-04', 'WorkingDay', '元旦调休'),
    ('CN', DATE '2026-02-15', 'Holiday', '春节'),
    ('CN', DATE '2026-02-16', 'Holiday', '春节'),
    ('CN', DATE '2026-02-17', 'Holiday', '春节'),
    ('CN', DATE '2026-02-18', 'Holiday', '春节'),
    ('CN', DATE '2026-02-19', 'Holiday', '春节'),
    ('CN', DATE '2026-02-20', 'Holiday', '春节'),
    ('CN', DATE '2026-02-21', 'Holiday', '春节'),
    ('CN', DATE '2026-02-22', 'Holiday', '春节'),
    ('CN', DATE '2026-02-23', 'Holiday', '春节'),
    ('CN', DATE '2026-02-14', 'WorkingDay', '春节调休'),
    ('CN', DATE '2026-02-28', 'WorkingDay', '春节调休'),
    ('CN', DATE '2026-04-04', 'Holiday', '清明节'),
    ('CN', DATE '2026-04-05', 'Holiday', '清明节'),
    ('CN', DATE '2026-04-06', 'Holiday', '清明节'),
    ('CN', DATE '2026-05-01', 'Holiday', '劳动节'),
    ('CN', DATE '2026-05-02', 'Holiday', '劳动节'),
    ('CN', DATE '2026-05-03', 'Holiday', '劳动节'),
    ('CN', DATE '2026-05-04', 'Holiday', '劳动节'),
    ('CN', DATE '2026-05-05', 'Holiday', '劳动节'),
    ('CN', DATE '2026-05-09', 'WorkingDay', '劳动节调休'),
    ('CN', DATE '2026-06-19', 'Holiday', '端午节'),
    ('CN', DATE '2026-06-20', 'Holiday', '端午节'),
    ('CN', DATE '2026-06-21', 'Holiday', '端午节'),
    ('CN', DATE '2026-09-25', 'Holiday', '中秋节'),
    ('CN', DATE '2026-09-26', 'Holiday', '中秋节'),
    ('CN', DATE '2026-09-27', 'Holiday', '中秋节'),
    ('CN', DATE '2026-10-01', 'Holiday', '国庆节'),
    ('CN', DATE '2026-10-02', 'Holiday', '国庆节'),
    ('CN', DATE '2026-10-03', 'Holiday', '国庆节'),
    ('CN', DATE '2026-10-04', 'Holiday', '国庆节'),
    ('CN', DATE '2026-10-05', 'Holiday', '国庆节'),
    ('CN', DATE '2026-10-06', 'Holiday', '国庆节'),
    ('CN', DATE '2026-10-07', 'Holiday', '国庆节'),
    ('CN', DATE '2026-09-20', 'WorkingDay', '国庆节调休'),
    ('CN', DATE '2026-10-10', 'WorkingDay', '国庆节调休'),
    ('GB', DATE '2026-01-01', 'Holiday', 'New Year''s Day'),
    ('GB', DATE '2026-04-03', 'Holiday', 'Good Friday'),
    ('GB', DATE '2026-04-06', 'Holiday', 'Easter Monday'),
    ('GB', DATE '2026-05-04', 'Holiday', 'Early May bank holiday'),
    ('GB', DATE '2026-05-25', 'Holiday', 'Spring bank holiday'),
    ('GB', DATE '2026-08-31', 'Holiday', 'Summer bank holiday'),
    ('GB', DATE '2026-12-25', 'Holiday', 'Christmas Day'),
    ('GB', DATE '2026-12-28', 'Holiday', 'Boxing Day (substitute day)'),
    ('US', DATE '2026-01-01', 'Holiday', 'New Year''s Day'),
    ('US', DATE '2026-01-19', 'Holiday', 'Birthday of Martin Luther King, Jr.'),
    ('US', DATE '2026-02-16', 'Holiday', 'Washington''s Birthday'),
    ('US', DATE '2026-05-25', 'Holiday', 'Memorial Day'),
    ('US', DATE '2026-06-19', 'Holiday', 'Juneteenth National Independence Day'),
    ('US', DATE '2026-07-03', 'Holiday', 'Independence Day (observed)'),
    ('US', DATE '2026-09-07', 'Holiday', 'Labor Day'),
    ('US', DATE '2026-10-12', 'Holiday', 'Columbus Day'),
    ('US', DATE '2026-11-11', 'Holiday', 'Veterans Day'),
    ('US', DATE '2026-11-26', 'Holiday', 'Thanksgiving Day'),
    ('US', DATE '2026-12-25', 'Holiday', 'Christmas Day')
) AS d (code, date, kind, name)
JOIN business_calendars c ON c.code = d.code;

INSERT INTO sla_settings (id, profile_code, calendar_id, updated_at)
SELECT 1, 'CN-NFRA', id, now() FROM business_calendars WHERE code = 'CN';

-- Complaints registered before this version: the decision clock from their existing response deadline (15 calendar
-- days), already met when feedback was given. The new acknowledgement and first-contact clocks start from now on.
INSERT INTO complaint_deadlines (complaint_id, target, round, started_at, span_amount, span_unit, profile_code,
    base_due_at, due_at, at_risk_from, extensions, completed_at, outcome)
SELECT c.id, 'Resolution', 0, c.received_at, 15, 'CalendarDays', 'CN-NFRA', c.response_due_at, c.response_due_at,
    c.received_at + (c.response_due_at - c.received_at) * 0.8, 0,
    CASE WHEN c.feedback_given_at IS NOT NULL THEN c.feedback_given_at
         WHEN c.status = 'Withdrawn' THEN c.closure_closed_at END,
    CASE WHEN c.feedback_given_at IS NOT NULL THEN CASE WHEN c.feedback_given_at <= c.response_due_at THEN 'Met' ELSE 'Missed' END
         WHEN c.status = 'Withdrawn' THEN 'Cancelled' END
FROM complaints c;
UPDATE complaints SET next_due_at = response_due_at;
ALTER TABLE complaints ALTER COLUMN next_due_at SET NOT NULL;
