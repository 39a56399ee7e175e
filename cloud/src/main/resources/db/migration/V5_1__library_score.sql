-- The Bayesian score is stored, not computed per query, so the library can walk an index in
-- score order and stop after one page instead of sorting every verified enterprise.
-- EnterpriseRatings keeps it current: on every evaluation, and for all rows at startup when
-- the configured prior changed.
ALTER TABLE enterprise ADD COLUMN rating_score double precision NOT NULL DEFAULT 4.0;
CREATE INDEX enterprise_lib_score ON enterprise (rating_score DESC, rating_count DESC, enterprise_id)
    WHERE status = 'VERIFIED';
CREATE INDEX enterprise_lib_type_score ON enterprise (type, rating_score DESC, rating_count DESC, enterprise_id)
    WHERE status = 'VERIFIED';
