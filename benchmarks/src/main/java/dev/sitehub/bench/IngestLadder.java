package dev.sitehub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the highest message rate the whole path sustains: for each target rate, the fleet runs for
 * one step and the step is held when the database kept up (committed within 5 % of the target) and
 * the lag (appended minus committed) stayed bounded: under two seconds of traffic at the end, and
 * not growing from the middle of the step to its end. The ladder stops after two steps missed in a
 * row (one miss can be a neighbour's build on a shared machine).
 */
public final class IngestLadder {

  /**
   * One step's outcome.
   *
   * @param target messages per second asked of the fleet
   * @param appended messages per second the edge appended
   * @param committed messages per second committed in the database
   * @param lagMid messages appended but not committed, mid-step
   * @param lagEnd the same at the end of the step
   * @param held whether the rate was sustained with bounded lag
   * @param peakRssKib highest cloud RSS sampled during the step
   */
  public record Step(
      double target,
      double appended,
      double committed,
      long lagMid,
      long lagEnd,
      boolean held,
      long peakRssKib) {}

  private final Fleet fleet;
  private final CloudNode cloud;

  public IngestLadder(Fleet fleet, CloudNode cloud) {
    this.fleet = fleet;
    this.cloud = cloud;
  }

  public List<Step> run(double[] rates, Duration stepLength) throws Exception {
    List<Step> steps = new ArrayList<>();
    int missed = 0;
    for (double rate : rates) {
      Step s = step(rate, stepLength);
      steps.add(s);
      System.out.printf(
          "  step %6.0f msg/s: appended %7.0f, committed %7.0f, lag mid %6d end %6d -> %s%n",
          s.target(),
          s.appended(),
          s.committed(),
          s.lagMid(),
          s.lagEnd(),
          s.held() ? "held" : "missed");
      fleet.run(0);
      if (!drain(Duration.ofMinutes(3))) {
        break;
      }
      missed = s.held() ? 0 : missed + 1;
      if (missed == 2) {
        break;
      }
    }
    return steps;
  }

  private Step step(double rate, Duration length) throws Exception {
    long e0 = fleet.emitted();
    long c0 = committed();
    long t0 = System.nanoTime();
    fleet.run(rate);
    long half = t0 + length.toNanos() / 2;
    long end = t0 + length.toNanos();
    long lagMid = -1;
    long peak = 0;
    while (System.nanoTime() < end) {
      Thread.sleep(1000);
      peak = Math.max(peak, cloud.rssKib());
      if (lagMid < 0 && System.nanoTime() >= half) {
        lagMid = (fleet.emitted() - e0) - (committed() - c0);
      }
    }
    long e1 = fleet.emitted();
    long c1 = committed();
    double secs = (System.nanoTime() - t0) / 1e9;
    long lagEnd = (e1 - e0) - (c1 - c0);
    double committedRate = (c1 - c0) / secs;
    boolean held =
        committedRate >= 0.95 * rate
            && lagEnd <= Math.max(2 * rate, 200)
            && lagEnd <= lagMid + Math.max(rate / 2, 100);
    return new Step(rate, (e1 - e0) / secs, committedRate, lagMid, lagEnd, held, peak);
  }

  /** Waits until every appended message is committed. */
  public boolean drain(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (committed() >= fleet.emitted()) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  /** Telemetry messages committed by the cloud since it started (readings / 8). */
  private long committed() throws Exception {
    return Math.round(cloud.metrics().readings() / SimDevice.READINGS);
  }
}
