-- 0001: the complaint lifecycle: complaints, their timeline, steps, appeals and escalations; staff and reference data.

CREATE TABLE categories (
    id bigint GENERATED ALWAYS AS IDENTITY,
    code character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    name_en character varying(100) NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT pk_categories PRIMARY KEY (id)
);

CREATE TABLE complaint_number_counters (
    prefix character varying(16) NOT NULL,
    day date NOT NULL,
    last_value bigint NOT NULL,
    CONSTRAINT pk_complaint_number_counters PRIMARY KEY (prefix, day)
);

CREATE TABLE data_protection_keys (
    id bigint GENERATED ALWAYS AS IDENTITY,
    friendly_name character varying(200) NOT NULL,
    xml text NOT NULL,
    CONSTRAINT pk_data_protection_keys PRIMARY KEY (id)
);

CREATE TABLE departments (
    id bigint GENERATED ALWAYS AS IDENTITY,
    code character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT pk_departments PRIMARY KEY (id)
);

CREATE TABLE staff (
    id bigint GENERATED ALWAYS AS IDENTITY,
    user_name character varying(64) NOT NULL,
    display_name character varying(100) NOT NULL,
    staff_number character varying(20) NOT NULL,
    password_hash character varying(200) NOT NULL,
    roles text[] NOT NULL,
    department_id bigint,
    is_active boolean NOT NULL,
    CONSTRAINT pk_staff PRIMARY KEY (id),
    CONSTRAINT fk_staff_departments_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);

CREATE TABLE complaints (
    id bigint GENERATED ALWAYS AS IDENTITY,
    number character varying(32) NOT NULL,
    status character varying(32) NOT NULL,
    customer_name character varying(100) NOT NULL,
    customer_phone character varying(32) NOT NULL,
    customer_email character varying(254),
    customer_national_id character varying(32),
    customer_reference character varying(64),
    channel character varying(32) NOT NULL,
    received_at timestamp with time zone NOT NULL,
    registered_at timestamp with time zone NOT NULL,
    registered_by_id bigint NOT NULL,
    category_id bigint NOT NULL,
    priority character varying(32) NOT NULL,
    description character varying(4000) NOT NULL,
    desired_outcome character varying(1000),
    department_id bigint,
    assignee_id bigint,
    assignee_name character varying(100),
    assignee_staff_number character varying(20),
    assigned_by_id bigint,
    assigned_by_name character varying(100),
    assigned_at timestamp with time zone,
    resolution_outcome character varying(4000),
    resolution_measures_taken character varying(4000),
    resolution_improvement_plan character varying(4000),
    resolution_upheld boolean,
    resolution_root_cause character varying(1000),
    resolution_redress_amount numeric(14,2),
    resolved_at timestamp with time zone,
    feedback_channel character varying(32),
    feedback_summary character varying(4000),
    feedback_given_at timestamp with time zone,
    feedback_given_by_name character varying(100),
    feedback_given_by_staff_number character varying(20),
    closure_reason character varying(32),
    closure_customer_satisfied boolean,
    closure_final_comment character varying(1000),
    closure_closed_at timestamp with time zone,
    appeal_count integer NOT NULL,
    escalation_level integer NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    timeline_length integer NOT NULL,
    timeline_head character varying(64) NOT NULL,
    CONSTRAINT pk_complaints PRIMARY KEY (id),
    CONSTRAINT fk_complaints_categories_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT fk_complaints_departments_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    CONSTRAINT fk_complaints_staff_assigned_by_id FOREIGN KEY (assigned_by_id) REFERENCES staff (id) ON DELETE RESTRICT,
    CONSTRAINT fk_complaints_staff_assignee_id FOREIGN KEY (assignee_id) REFERENCES staff (id) ON DELETE RESTRICT,
    CONSTRAINT fk_complaints_staff_registered_by_id FOREIGN KEY (registered_by_id) REFERENCES staff (id) ON DELETE RESTRICT
);

CREATE TABLE appeals (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    ordinal integer NOT NULL,
    reason character varying(4000) NOT NULL,
    recorded_by_id bigint NOT NULL,
    recorded_by_name character varying(100) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_appeals PRIMARY KEY (id),
    CONSTRAINT fk_appeals_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);

CREATE TABLE escalations (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    level integer NOT NULL,
    problem character varying(4000) NOT NULL,
    customer_mood character varying(1000) NOT NULL,
    customer_expectation character varying(1000) NOT NULL,
    actions_taken character varying(4000) NOT NULL,
    urgency character varying(32) NOT NULL,
    raised_by_id bigint NOT NULL,
    raised_by_name character varying(100) NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    decision character varying(4000),
    decided_by_id bigint,
    decided_by_name character varying(100),
    decided_at timestamp with time zone,
    CONSTRAINT pk_escalations PRIMARY KEY (id),
    CONSTRAINT fk_escalations_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);

CREATE TABLE handling_steps (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    kind character varying(32) NOT NULL,
    text character varying(4000) NOT NULL,
    customer_visible boolean NOT NULL,
    author_id bigint NOT NULL,
    author_name character varying(100) NOT NULL,
    author_staff_number character varying(20) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_handling_steps PRIMARY KEY (id),
    CONSTRAINT fk_handling_steps_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);

CREATE TABLE idempotency_keys (
    key character varying(100) NOT NULL,
    staff_id bigint NOT NULL,
    request_hash character varying(64) NOT NULL,
    complaint_id bigint,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (staff_id, key),
    CONSTRAINT fk_idempotency_keys_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id),
    CONSTRAINT fk_idempotency_keys_staff_staff_id FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE
);

CREATE TABLE timeline_events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_id bigint NOT NULL,
    sequence integer NOT NULL,
    type character varying(32) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_id bigint NOT NULL,
    actor_name character varying(100) NOT NULL,
    actor_staff_number character varying(20) NOT NULL,
    from_status character varying(32),
    to_status character varying(32),
    details json NOT NULL,
    customer_visible boolean NOT NULL,
    previous_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL,
    CONSTRAINT pk_timeline_events PRIMARY KEY (id),
    CONSTRAINT fk_timeline_events_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE
);

CREATE INDEX ix_appeals_complaint_id ON appeals (complaint_id);

CREATE UNIQUE INDEX ix_categories_code ON categories (code);

CREATE INDEX ix_complaints_assigned_by_id ON complaints (assigned_by_id);

CREATE INDEX ix_complaints_assignee_id_status ON complaints (assignee_id, status);

CREATE INDEX ix_complaints_category_id_id ON complaints (category_id, id);

CREATE INDEX ix_complaints_channel_id ON complaints (channel, id);

CREATE INDEX ix_complaints_customer_national_id ON complaints (customer_national_id);

CREATE INDEX ix_complaints_customer_phone ON complaints (customer_phone);

CREATE INDEX ix_complaints_department_id_id ON complaints (department_id, id);

CREATE UNIQUE INDEX ix_complaints_number ON complaints (number);

CREATE INDEX ix_complaints_received_at ON complaints (received_at);

CREATE INDEX ix_complaints_registered_by_id ON complaints (registered_by_id);

CREATE INDEX ix_complaints_status_id ON complaints (status, id);

CREATE UNIQUE INDEX ix_data_protection_keys_friendly_name ON data_protection_keys (friendly_name);

CREATE UNIQUE INDEX ix_departments_code ON departments (code);

CREATE INDEX ix_escalations_complaint_id ON escalations (complaint_id);

CREATE INDEX ix_escalations_pending ON escalations (raised_at) WHERE decided_at IS NULL;

CREATE INDEX ix_handling_steps_complaint_id ON handling_steps (complaint_id);

CREATE INDEX ix_idempotency_keys_complaint_id ON idempotency_keys (complaint_id);

CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);

CREATE INDEX ix_staff_department_id ON staff (department_id);

CREATE UNIQUE INDEX ix_staff_staff_number ON staff (staff_number);

CREATE UNIQUE INDEX ix_staff_user_name ON staff (user_name);

CREATE UNIQUE INDEX ix_timeline_events_complaint_id_sequence ON timeline_events (complaint_id, sequence);


-- The timeline is append-only: rows can be inserted but never changed or removed.
CREATE FUNCTION timeline_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'timeline_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER timeline_events_append_only
    BEFORE UPDATE OR DELETE ON timeline_events
    FOR EACH ROW EXECUTE FUNCTION timeline_events_append_only();

-- Channel intake that nobody has triaged yet lands here; the category must exist in every installation.
INSERT INTO categories (code, name, name_en, is_active) VALUES ('UNCLASSIFIED', '未分类', 'Unclassified', true);
