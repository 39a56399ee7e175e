package dev.sitehub.cloud.alerts;

/**
 * A refused alert API request, mapped to problem+json with a stable {@code type}: the slug is
 * appended to {@value #TYPE_BASE}.
 */
public class AlertApiException extends RuntimeException {
  public static final String TYPE_BASE = "https://sitehub.dev/problems/";
  private final int status;
  private final String slug;
  private final String title;

  public AlertApiException(int status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public static AlertApiException badRequest(String slug, String detail) {
    return new AlertApiException(400, slug, "Invalid request", detail);
  }

  public static AlertApiException notFound(String slug, String detail) {
    return new AlertApiException(404, slug, "Not found", detail);
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_BASE + slug;
  }

  public String title() {
    return title;
  }
}
