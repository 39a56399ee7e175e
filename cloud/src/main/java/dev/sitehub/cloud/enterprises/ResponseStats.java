package dev.sitehub.cloud.enterprises;

/** How an enterprise answers inquiries: counts and the median time to the first reply. */
public record ResponseStats(
    long inquiries, long answered, Double responseRate, Long medianFirstReplySeconds) {
  public static final ResponseStats NONE = new ResponseStats(0, 0, null, null);
}
