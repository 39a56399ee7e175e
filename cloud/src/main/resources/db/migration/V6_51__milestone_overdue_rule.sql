-- Sites seeded their alert rules before MILESTONE_OVERDUE existed; give each of them the new default
-- rule (the same as sitehub.alerts.rules.milestone-overdue), as new sites get it on first use.
INSERT INTO alert_rule (site_id, code, kind, severity, enabled, auto_resolve)
SELECT DISTINCT site_id, 'milestone-overdue', 'MILESTONE_OVERDUE', 'MAJOR', true, true
FROM alert_rule
ON CONFLICT (site_id, code) DO NOTHING;
