package dev.sitehub.cloud.contracts;

/**
 * One payment stage as drafted: a name, its share of the total in basis points (1/100 %) and the
 * code of its {@link StageType} (optional: a stage without one, such as the start of works, gets
 * the general checklist and no default criteria).
 */
public record StageShare(String name, int shareBp, String type) {
  /** A stage without a type. */
  public StageShare(String name, int shareBp) {
    this(name, shareBp, null);
  }
}
