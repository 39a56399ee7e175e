package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a total in fen and stage shares into exact stage amounts: shares are integer basis points
 * that must add up to exactly 10,000 (100 %), amounts are whole fen that add up to exactly the
 * total, and retention is withheld from the final stage.
 */
final class PaymentPlan {
  public static final int FULL_BP = 10_000;
  static final int MAX_STAGES = 20;
  static final int MAX_RETENTION_BP = 3_000;
  static final int MAX_NAME = 100;

  private PaymentPlan() {}

  /** Validates and splits; every refusal is a typed 400 problem. */
  public static List<StagePayment> split(long totalFen, List<StageShare> stages, int retentionBp) {
    if (totalFen <= 0) {
      throw ProblemException.badRequest("invalid-total", "total must be a positive amount in fen");
    }
    if (stages == null || stages.isEmpty() || stages.size() > MAX_STAGES) {
      throw ProblemException.badRequest(
          "invalid-stages", "a contract needs 1-" + MAX_STAGES + " payment stages");
    }
    long sum = 0;
    for (StageShare s : stages) {
      if (s == null || s.name() == null || s.name().isBlank() || s.name().length() > MAX_NAME) {
        throw ProblemException.badRequest(
            "invalid-stages", "every stage needs a name of 1-" + MAX_NAME + " characters");
      }
      StageType.ofCode(s.type());
      if (s.shareBp() <= 0) {
        throw ProblemException.badRequest(
            "invalid-share", "stage '" + s.name() + "' must have a positive share");
      }
      sum += s.shareBp();
    }
    if (sum != FULL_BP) {
      throw ProblemException.badRequest(
          "shares-not-100-percent",
          "stage shares add up to " + sum + " basis points, not exactly " + FULL_BP);
    }
    int lastShare = stages.get(stages.size() - 1).shareBp();
    if (retentionBp < 0 || retentionBp > MAX_RETENTION_BP || retentionBp > lastShare) {
      throw ProblemException.badRequest(
          "invalid-retention",
          "retention must be 0-" + MAX_RETENTION_BP + " basis points and at most the final share");
    }
    List<StagePayment> out = new ArrayList<>(stages.size());
    long allocated = 0;
    for (int i = 0; i < stages.size(); i++) {
      StageShare s = stages.get(i);
      boolean last = i == stages.size() - 1;
      // Floor every stage and give the rounding remainder to the last, so fen add up exactly.
      long amount =
          last ? totalFen - allocated : Math.multiplyExact(totalFen, s.shareBp()) / FULL_BP;
      allocated += amount;
      long retained = last ? Math.multiplyExact(totalFen, retentionBp) / FULL_BP : 0;
      out.add(
          new StagePayment(
              i + 1,
              s.name().strip(),
              s.shareBp(),
              amount,
              amount - retained,
              retained,
              StageType.ofCode(s.type())));
    }
    return List.copyOf(out);
  }
}
