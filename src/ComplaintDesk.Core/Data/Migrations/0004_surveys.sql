-- The customer's satisfaction rating, one per complaint, given after closure.

CREATE TABLE satisfaction_surveys (
    complaint_id bigint NOT NULL,
    rating integer NOT NULL,
    comment character varying(1000),
    answered_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_satisfaction_surveys PRIMARY KEY (complaint_id),
    CONSTRAINT fk_satisfaction_surveys_complaints_complaint_id FOREIGN KEY (complaint_id) REFERENCES complaints (id) ON DELETE CASCADE,
    CONSTRAINT ck_satisfaction_surveys_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_satisfaction_surveys_answered_at ON satisfaction_surveys (answered_at);
