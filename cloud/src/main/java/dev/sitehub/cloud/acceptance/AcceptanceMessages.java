package dev.sitehub.cloud.acceptance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The sentences that say why a criterion got its verdict, one per {@link Finding}, and the labels
 * of its facts, in English; accmsg_zh_CN.properties holds the Chinese ones under the same keys.
 */
@MessageBundle(value = "accmsg", locale = "en")
public interface AcceptanceMessages {
  @Message("The leak sensor reports wet ({wet} wet readings).")
  String leakWet(Integer wet);

  @Message("Dry for {dry} of {required} minutes.")
  String drySoFar(Long dry, Long required);

  @Message("A gap of {gap} minutes without readings.")
  String readingsGap(Long gap);

  @Message("Dry for {dry} minutes.")
  String dryHeld(Long dry);

  @Message("The test window ends at {end}.")
  String pressureWindowOpen(String end);

  @Message("Too few pressure readings in the window.")
  String pressureFewReadings();

  @Message("Test pressure {start} MPa is below {min} MPa.")
  String pressureBelowTest(Double start, Double min);

  @Message("Pressure drop {drop} MPa (limit {limit} MPa).")
  String pressureDrop(Double drop, Double limit);

  @Message("{count} readings outside the curing window; the first: {value} {unit} at {at}.")
  String curingBreached(Integer count, Double value, String unit, String at);

  @Message("The curing window ends at {end}.")
  String curingWindowOpen(String end);

  @Message("Temperature or humidity readings are missing in the window.")
  String curingReadingsMissing();

  @Message("All readings within {min}-{max} °C, relative humidity at most {rh} %.")
  String curingWithin(Double min, Double max, Double rh);

  @Message("No formaldehyde or TVOC readings.")
  String airNoReadings();

  @Message("Within the GB 50325 limits.")
  String airWithin();

  @Message("Above the GB 50325 limits.")
  String airOver();

  @Message("Formaldehyde mean {mean} mg/m³ (limit {limit}).")
  String airFormaldehyde(Double mean, Double limit);

  @Message("TVOC mean {mean} mg/m³ (limit {limit}).")
  String airTvoc(Double mean, Double limit);

  /** The label of one measured fact of a criterion's verdict. */
  @Message
  String fact(CriterionFact fact);

  /** A criterion's kind: the check it makes. */
  @Message
  String kind(CriterionKind kind);

  @Message("applied by default for this stage type")
  String byDefault();

  @Message("Turned off by the supervisor: {reason}")
  String turnedOff(String reason);

  @Message("Criteria turned off")
  String criteriaOff();
}
