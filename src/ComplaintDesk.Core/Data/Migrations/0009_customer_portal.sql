-- Failed look-ups on the customers' public status page, counted per complaint number and per client address so
-- every app instance throttles the same guesses. Rows older than the window are deleted as new failures arrive.

CREATE TABLE customer_lookup_failures (
    id bigint GENERATED ALWAYS AS IDENTITY,
    complaint_number character varying(32) NOT NULL,
    client_address character varying(64) NOT NULL,
    failed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_customer_lookup_failures PRIMARY KEY (id)
);
CREATE INDEX ix_customer_lookup_failures_client_address_failed_at ON customer_lookup_failures (client_address, failed_at);
CREATE INDEX ix_customer_lookup_failures_complaint_number_failed_at ON customer_lookup_failures (complaint_number, failed_at);
CREATE INDEX ix_customer_lookup_failures_failed_at ON customer_lookup_failures (failed_at);
