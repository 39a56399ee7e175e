-- A time-lapse job is rendered by one cloud instance. The instance touches heartbeat_at while the
-- job is queued or running on it; a job whose heartbeat is stale lost its instance (crash, deploy)
-- and is marked failed instead of showing "running" forever.
ALTER TABLE media_timelapse_job ADD COLUMN heartbeat_at timestamptz;
UPDATE media_timelapse_job SET heartbeat_at = created_at;
ALTER TABLE media_timelapse_job ALTER COLUMN heartbeat_at SET NOT NULL;
CREATE INDEX media_timelapse_job_open ON media_timelapse_job (heartbeat_at)
    WHERE status IN ('queued', 'running');
