-- Alerts keep their facts as data (issue 16): the portal, inbox and e-mails word them in the
-- reader's language. message stays only for rows stored before, as their English text (LEGACY).
ALTER TABLE alert
    ADD COLUMN detail_kind    text NOT NULL DEFAULT 'LEGACY',
    ADD COLUMN detail_subject text,
    ADD COLUMN detail_value   double precision,
    ADD COLUMN detail_limit   double precision,
    ADD COLUMN detail_unit    text,
    ADD COLUMN detail_device  text,
    ADD COLUMN detail_when    text,
    ADD COLUMN detail_count   integer,
    ALTER COLUMN message DROP NOT NULL;

-- Threshold sentences had one fixed shape: "<metric> <value> <unit> above|below <limit> at <source>[ during quiet hours]".
UPDATE alert a SET
    detail_kind = 'READING_' || upper(m[4]) || CASE WHEN m[7] IS NULL THEN '' ELSE '_QUIET' END,
    detail_subject = m[1],
    detail_value = m[2]::double precision,
    detail_unit = NULLIF(m[3], ''),
    detail_limit = m[5]::double precision,
    detail_device = m[6]
FROM (SELECT id, regexp_match(message,
        '^(\S+) (-?[0-9]+(?:\.[0-9]+)?) (\S*) (above|below) (-?[0-9]+(?:\.[0-9]+)?) at (\S+)( during quiet hours)?$') AS m
      FROM alert) p
WHERE a.id = p.id AND p.m IS NOT NULL;

-- Event sentences: "<event> at <source>" and "<event> during quiet hours at <source>".
UPDATE alert a SET
    detail_kind = CASE WHEN m[2] IS NULL THEN 'EVENT' ELSE 'EVENT_QUIET' END,
    detail_subject = m[1],
    detail_device = m[3]
FROM (SELECT id, regexp_match(message, '^(\S+)( during quiet hours)? at (\S+)$') AS m
      FROM alert WHERE detail_kind = 'LEGACY') p
WHERE a.id = p.id AND p.m IS NOT NULL;

UPDATE alert SET message = NULL WHERE detail_kind <> 'LEGACY';
