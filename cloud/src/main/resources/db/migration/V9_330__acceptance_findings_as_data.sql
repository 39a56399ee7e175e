-- Criteria verdicts as data (issue 16). acceptance_record.criteria held a bare JSON array whose
-- elements carried an English sentence ("detail") that the Chinese portal showed as it was. It now
-- holds a versioned document {"version": 2, "criteria": [...]} whose elements carry a finding code
-- and typed facts (numbers as numbers); pages render the sentence in the viewer's language.
--
-- Signed records are filed in the evidence chain, which rehashes criteria::text on every verify;
-- so the original array moves verbatim to criteria_v1, and the chain hashes criteria_v1 when it is
-- set (AcceptanceRecordEvidence). criteria_v1 is set exactly for rows written before this version.
ALTER TABLE acceptance_record ADD COLUMN criteria_v1 jsonb;

CREATE FUNCTION v9_330_num(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL OR v = 'null'::jsonb THEN NULL
              WHEN jsonb_typeof(v) = 'number' THEN v
              ELSE to_jsonb((v #>> '{}')::numeric) END
$$;

-- One v1 element to v2: the finding read back from the sentence the evaluator wrote (its wording
-- was fixed), limits and numbers from the sentence or the data map; LEGACY keeps the text when the
-- sentence is not one the evaluator wrote.
CREATE FUNCTION v9_330_convert(c jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d      text := coalesce(c ->> 'detail', '');
  k      text := c ->> 'kind';
  v      text := c ->> 'verdict';
  old    jsonb := coalesce(c -> 'data', '{}'::jsonb);
  m      text[];
  b      text[];
  finding text;
  facts  jsonb := '{}'::jsonb;
BEGIN
  facts := jsonb_strip_nulls(jsonb_build_object(
    'readings', old -> 'readings',
    'requiredHours', old -> 'requiredHours',
    'wetReadings', old -> 'wetReadings',
    'lastWetAt', old -> 'lastWetAt',
    'dryMinutes', old -> 'dryMinutes',
    'largestGapMinutes', old -> 'largestGapMinutes',
    'maxDropMpa', v9_330_num(old -> 'maxDropMpa'),
    'startMpa', v9_330_num(old -> 'startMpa'),
    'minMpa', v9_330_num(old -> 'minMpa'),
    'dropMpa', v9_330_num(old -> 'dropMpa'),
    'temperatureReadings', old -> 'temperatureReadings',
    'humidityReadings', old -> 'humidityReadings',
    'breaches', old -> 'breaches',
    'formaldehydeReadings', old -> 'formaldehydeReadings',
    'tvocReadings', old -> 'tvocReadings',
    'formaldehydeMeanMgM3', v9_330_num(old -> 'formaldehydeMeanMgM3'),
    'tvocMeanMgM3', v9_330_num(old -> 'tvocMeanMgM3')));
  IF old ? 'requiredHours' THEN
    facts := facts || jsonb_build_object('requiredMinutes', (old ->> 'requiredHours')::bigint * 60);
  END IF;
  IF k = 'CLOSED_WATER' THEN
    IF v = 'FAIL' AND d = 'the leak sensor reports wet' THEN
      finding := 'LEAK_WET';
    ELSIF v = 'PENDING' AND d ~ '^dry for [0-9]+ of [0-9]+ minutes$' THEN
      finding := 'DRY_SO_FAR';
    ELSIF v = 'NO_DATA' AND d ~ '^a gap of [0-9]+ minutes without readings$' THEN
      finding := 'READINGS_GAP';
    ELSIF v = 'PASS' AND d ~ '^dry for [0-9]+ minutes$' THEN
      finding := 'DRY_HELD';
    END IF;
  ELSIF k = 'PRESSURE' THEN
    IF v = 'PENDING' AND d LIKE 'the test window ends at %' THEN
      finding := 'PRESSURE_WINDOW_OPEN';
    ELSIF v = 'NO_DATA' AND d = 'too few pressure readings in the window' THEN
      finding := 'PRESSURE_FEW_READINGS';
    ELSIF v = 'FAIL' AND d ~ '^test pressure \S+ MPa below \S+$' THEN
      m := regexp_match(d, '^test pressure \S+ MPa below (\S+)$');
      finding := 'PRESSURE_BELOW_TEST';
      facts := facts || jsonb_build_object('minTestMpa', m[1]::numeric);
    ELSIF v IN ('PASS', 'FAIL') AND d ~ '^drop \S+ MPa \(limit \S+\)$' THEN
      finding := 'PRESSURE_DROP';
    END IF;
  ELSIF k = 'CURING' THEN
    IF v = 'FAIL' AND d ~ '^[0-9]+ readings outside the curing window$' THEN
      finding := 'CURING_BREACHED';
      b := regexp_match(coalesce(old ->> 'firstBreach', ''), '^(\S+) (\S+) (degC|%RH)$');
      IF b IS NOT NULL THEN
        facts := facts || jsonb_build_object(
          'firstBreachAt', b[1],
          'firstBreachValue', b[2]::numeric,
          'firstBreachMeasure', CASE b[3] WHEN 'degC' THEN 'TEMPERATURE_C' ELSE 'HUMIDITY_RH' END);
      END IF;
    ELSIF v = 'PENDING' AND d LIKE 'curing window ends at %' THEN
      finding := 'CURING_WINDOW_OPEN';
    ELSIF v = 'NO_DATA' AND d = 'temperature or humidity readings missing in the window' THEN
      finding := 'CURING_READINGS_MISSING';
    ELSIF v = 'PASS' AND d ~ '^all readings within \S+-\S+ degC, RH <= \S+$' THEN
      m := regexp_match(d, '^all readings within ([0-9.]+)-([0-9.]+) degC, RH <= (\S+)$');
      IF m IS NOT NULL THEN
        finding := 'CURING_WITHIN';
        facts := facts || jsonb_build_object(
          'curingMinC', m[1]::numeric, 'curingMaxC', m[2]::numeric, 'curingMaxRh', m[3]::numeric);
      END IF;
    END IF;
  ELSIF k = 'INDOOR_AIR' THEN
    IF v = 'NO_DATA' AND d = 'no formaldehyde or TVOC readings' THEN
      finding := 'AIR_NO_READINGS';
    ELSIF v = 'PASS' AND d = 'within GB 50325 limits' THEN
      finding := 'AIR_WITHIN';
    ELSIF v = 'FAIL' AND d ~ '^(formaldehyde \S+ > \S+|TVOC \S+ > \S+)(; TVOC \S+ > \S+)?$' THEN
      finding := 'AIR_OVER';
      m := regexp_match(d, 'formaldehyde \S+ > ([0-9.]+)');
      IF m IS NOT NULL THEN
        facts := facts || jsonb_build_object('formaldehydeMax', m[1]::numeric);
      END IF;
      m := regexp_match(d, 'TVOC \S+ > ([0-9.]+)');
      IF m IS NOT NULL THEN
        facts := facts || jsonb_build_object('tvocMax', m[1]::numeric);
      END IF;
    END IF;
  END IF;
  IF finding IS NULL THEN
    finding := 'LEGACY';
    facts := facts || jsonb_build_object('legacyDetail', d);
  END IF;
  RETURN jsonb_build_object(
    'criterionId', c -> 'criterionId',
    'kind', c -> 'kind',
    'sensorId', c -> 'sensorId',
    'verdict', c -> 'verdict',
    'finding', finding,
    'from', c -> 'from',
    'to', c -> 'to',
    'data', facts);
END
$$;

UPDATE acceptance_record
   SET criteria_v1 = criteria,
       criteria = jsonb_build_object(
         'version', 2,
         'criteria', coalesce((SELECT jsonb_agg(v9_330_convert(e) ORDER BY i)
                                 FROM jsonb_array_elements(criteria) WITH ORDINALITY AS x(e, i)),
                              '[]'::jsonb))
 WHERE jsonb_typeof(criteria) = 'array';

DROP FUNCTION v9_330_convert(jsonb);
DROP FUNCTION v9_330_num(jsonb);
