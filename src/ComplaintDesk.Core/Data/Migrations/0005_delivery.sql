-- Reliable delivery of the outbox: a claim (lease) per message so several app instances share the work without
-- sending a message twice, a failure count for the retry schedule, and a record of every delivery attempt.

ALTER TABLE outbox_messages ADD COLUMN failures integer NOT NULL DEFAULT 0;
ALTER TABLE outbox_messages ALTER COLUMN failures DROP DEFAULT;
ALTER TABLE outbox_messages ADD COLUMN claimed_by character varying(100);
ALTER TABLE outbox_messages ADD COLUMN locked_until timestamp with time zone;

CREATE TABLE outbox_attempts (
    message_id bigint NOT NULL,
    number integer NOT NULL,
    at timestamp with time zone NOT NULL,
    outcome character varying(32) NOT NULL,
    error character varying(1000),
    instance character varying(100) NOT NULL,
    CONSTRAINT pk_outbox_attempts PRIMARY KEY (message_id, number),
    CONSTRAINT fk_outbox_attempts_outbox_messages_message_id FOREIGN KEY (message_id) REFERENCES outbox_messages (id) ON DELETE CASCADE
);
