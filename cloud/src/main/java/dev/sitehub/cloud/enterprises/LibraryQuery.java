package dev.sitehub.cloud.enterprises;

/** Library filters; null means "any". Price bands are 1 (budget) to 5 (premium). */
public record LibraryQuery(
    EnterpriseType type,
    String city,
    String district,
    String specialty,
    Integer minPriceBand,
    Integer maxPriceBand,
    Double minScore,
    int page,
    int size) {
  public static final int MAX_SIZE = 100;
}
