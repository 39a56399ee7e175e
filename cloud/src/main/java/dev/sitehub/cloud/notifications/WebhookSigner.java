package dev.sitehub.cloud.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies so receivers can trust them: {@code X-SiteHub-Signature: sha256=<hex>} is
 * HMAC-SHA256 with the site's secret over {@code <X-SiteHub-Timestamp>.<body>}, so a replayed body
 * with a new timestamp does not verify.
 */
final class WebhookSigner {
  public static final String SIGNATURE_HEADER = "X-SiteHub-Signature";
  public static final String TIMESTAMP_HEADER = "X-SiteHub-Timestamp";
  public static final String DELIVERY_HEADER = "X-SiteHub-Delivery";

  private WebhookSigner() {}

  /** The header value for a body sent at {@code epochSeconds}. */
  public static String sign(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Constant-time check of a received signature header, as a receiver would do it. */
  public static boolean verify(String secret, long epochSeconds, String body, String header) {
    if (header == null) {
      return false;
    }
    byte[] expected = sign(secret, epochSeconds, body).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
  }
}
