package dev.sitehub.protocol.message;

/**
 * The cloud's answer to a claim. When {@code accepted}, it carries the device id, its site and the
 * secret (shown once, never stored in clear by the cloud); otherwise {@code error} says why.
 */
public record ProvisionResponse(
    String requestId,
    boolean accepted,
    String siteId,
    String deviceId,
    String secret,
    String error) {

  public static ProvisionResponse accepted(
      String requestId, String siteId, String deviceId, String secret) {
    return new ProvisionResponse(requestId, true, siteId, deviceId, secret, null);
  }

  public static ProvisionResponse refused(String requestId, String error) {
    return new ProvisionResponse(requestId, false, null, null, null, error);
  }

  @Override
  public String toString() {
    return "ProvisionResponse[requestId="
        + requestId
        + ", accepted="
        + accepted
        + ", siteId="
        + siteId
        + ", deviceId="
        + deviceId
        + ", secret=<redacted>, error="
        + error
        + "]";
  }
}
