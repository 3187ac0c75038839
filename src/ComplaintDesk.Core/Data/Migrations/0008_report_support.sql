-- 0008: what the regulatory returns need: a decision can uphold a complaint in part (FCA and the Chinese statistics
-- count "partly upheld" apart), and the quarter's counts read complaints by when they were closed.

ALTER TABLE complaints ADD COLUMN resolution_partly_upheld boolean;
-- Earlier decisions were all-or-nothing.
UPDATE complaints SET resolution_partly_upheld = false WHERE resolution_upheld IS NOT NULL;

CREATE INDEX ix_complaints_closure_closed_at ON complaints (closure_closed_at);
