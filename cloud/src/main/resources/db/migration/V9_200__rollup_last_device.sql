-- "Last" of a bucket is the reading with the latest time; among readings at the same instant (two
-- devices reporting the same sensor id, or one device twice) the greatest device id wins, then
-- the greatest value. Both layouts answer by that rule, so charts agree whichever runs. The
-- 1-minute rollup kept only the time of its last reading, so a tie across devices kept whichever
-- batch arrived first; it now keeps the device too.
ALTER TABLE reading_rollup_1m ADD COLUMN last_device text NOT NULL DEFAULT '';

-- Minutes rolled up before this migration: re-pick their last reading by the rule above, one index
-- probe per rollup row (reading_site_sensor_ts). With TimescaleDB the rollup is empty.
UPDATE reading_rollup_1m r
   SET last_device = w.device_id, last_value = w.value
  FROM reading_rollup_1m k
  CROSS JOIN LATERAL (
        SELECT x.device_id, x.value FROM reading x
         WHERE x.site_id = k.site_id AND x.sensor_id = k.sensor_id AND x.kind = k.kind
           AND x.ts = k.last_ts
         ORDER BY x.device_id COLLATE "C" DESC, x.value DESC
         LIMIT 1) w
 WHERE r.site_id = k.site_id AND r.sensor_id = k.sensor_id AND r.kind = k.kind
   AND r.bucket = k.bucket;
