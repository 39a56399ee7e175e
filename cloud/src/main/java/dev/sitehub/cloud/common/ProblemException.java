package dev.sitehub.cloud.common;

import java.net.URI;

/**
 * A client-visible failure rendered as RFC 9457 problem+json with a stable {@code type} URI built
 * from {@link #code()}.
 */
public class ProblemException extends RuntimeException {
  public static final String TYPE_BASE = "https://sitehub.dev/problems/";

  private final int status;
  private final String code;
  private final String title;

  public ProblemException(int status, String code, String title, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public static ProblemException badRequest(String code, String detail) {
    return new ProblemException(400, code, "Bad request", detail);
  }

  public static ProblemException notFound(String code, String detail) {
    return new ProblemException(404, code, "Not found", detail);
  }

  public static ProblemException forbidden(String code, String detail) {
    return new ProblemException(403, code, "Forbidden", detail);
  }

  public static ProblemException conflict(String code, String detail) {
    return new ProblemException(409, code, "Conflict", detail);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public URI type() {
    return URI.create(TYPE_BASE + code);
  }
}
