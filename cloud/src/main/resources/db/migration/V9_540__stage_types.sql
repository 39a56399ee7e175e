-- Issue 18 (parts 3 and 5): a stage's type is chosen in the contract and decides its checklist
-- and its default sensor-backed acceptance criteria.
--
-- Filed contract terms stay untouched (the evidence chain hashes terms::text), so stages filed
-- before types existed are typed here once, from their names, in the tables that hold the work:
-- project_stage (contracts) and the milestone's checklist (inspections' code, kept by milestones).
-- The first kind of work a name mentions wins ("木作油漆" is carpentry), as a reviewer would read it.
ALTER TABLE project_stage ADD COLUMN stage_type text
    CHECK (stage_type IN ('PLUMBING_ELECTRICAL', 'WATERPROOFING', 'TILING', 'CARPENTRY',
                          'PAINTING', 'INSTALLATION', 'COMPLETION'));

UPDATE project_stage SET stage_type = CASE
    WHEN name ~* '水电|plumb|electric' THEN 'PLUMBING_ELECTRICAL'
    WHEN name ~* '防水|闭水|waterproof' THEN 'WATERPROOFING'
    WHEN name ~* '泥瓦|泥木|瓷砖|贴砖|tiling|tile|mason' THEN 'TILING'
    WHEN name ~* '木作|木工|carpent' THEN 'CARPENTRY'
    WHEN name ~* '油漆|涂饰|乳胶漆|paint' THEN 'PAINTING'
    WHEN name ~* '安装|install' THEN 'INSTALLATION'
    WHEN name ~* '竣工|complet|final' THEN 'COMPLETION'
    ELSE NULL END;

UPDATE milestone m SET checklist = COALESCE(
    (SELECT ps.stage_type FROM project_stage ps
      WHERE ps.project_id = m.project_id AND ps.seq = m.seq), 'GENERAL');

-- Items a project's supervisor adds to a stage's checklist, shown and answered alongside the
-- standard items (owner: inspections).
CREATE TABLE checklist_extra_item (
    project_id  text NOT NULL,
    stage_seq   integer NOT NULL,
    code        text NOT NULL,
    title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    added_by    text NOT NULL,
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (project_id, stage_seq, code)
);

-- A stage type's default criteria are created with the stage's criteria (declared by nobody: the
-- stage type applied them); a supervisor may turn one off, with a reason, which is kept
-- (owner: acceptance).
ALTER TABLE acceptance_criterion ALTER COLUMN declared_by DROP NOT NULL;
ALTER TABLE acceptance_criterion
    ADD COLUMN by_default boolean NOT NULL DEFAULT false,
    ADD COLUMN off_reason text,
    ADD COLUMN off_by text,
    ADD COLUMN off_at timestamptz;
ALTER TABLE acceptance_criterion ADD CONSTRAINT acceptance_criterion_declared
    CHECK (by_default OR declared_by IS NOT NULL);
ALTER TABLE acceptance_criterion ADD CONSTRAINT acceptance_criterion_off_reason
    CHECK ((off_at IS NULL) = (off_reason IS NULL) AND (off_reason IS NULL OR length(off_reason) > 0));
