-- Dashboards and the monthly report: indexes for a period's complaints (all, or of one department or channel), and
-- the managers' commentary on each section of a monthly report.
CREATE INDEX ix_complaints_received_at_id ON complaints (received_at, id);
CREATE INDEX ix_complaints_department_id_received_at ON complaints (department_id, received_at);
CREATE INDEX ix_complaints_channel_received_at ON complaints (channel, received_at);

CREATE TABLE monthly_report_comments (
    month date NOT NULL,
    section character varying(32) NOT NULL,
    text character varying(4000) NOT NULL,
    updated_by character varying(123) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_monthly_report_comments PRIMARY KEY (month, section)
);
