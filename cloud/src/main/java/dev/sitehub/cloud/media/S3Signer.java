package dev.sitehub.cloud.media;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests without a query string: signs host, x-amz-content-sha256
 * and x-amz-date (the documented minimum) with a key derived per day and region.
 */
public final class S3Signer {
  static final String EMPTY_SHA256 = sha256Hex(new byte[0]);
  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String accessKey;
  private final String secretKey;
  private final String region;
  private final Clock clock;

  public S3Signer(String accessKey, String secretKey, String region, Clock clock) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.region = region;
    this.clock = clock;
  }

  /** Adds the x-amz-* and Authorization headers for this method, URI and payload hash. */
  HttpRequest.Builder sign(HttpRequest.Builder b, String method, URI uri, String payloadSha256) {
    String amzDate = STAMP.format(clock.instant());
    String auth = authorization(method, uri, payloadSha256, amzDate, Map.of());
    return b.header("x-amz-date", amzDate)
        .header("x-amz-content-sha256", payloadSha256)
        .header("Authorization", auth);
  }

  /**
   * The Authorization header value for a request without a query string. Signs host,
   * x-amz-content-sha256, x-amz-date and any {@code extra} headers (for example range), which the
   * caller must also send.
   */
  String authorization(
      String method, URI uri, String payloadSha256, String amzDate, Map<String, String> extra) {
    String day = amzDate.substring(0, 8);
    SortedMap<String, String> headers = new TreeMap<>();
    extra.forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.trim()));
    headers.put("host", host(uri));
    headers.put("x-amz-content-sha256", payloadSha256);
    headers.put("x-amz-date", amzDate);
    StringBuilder canonical =
        new StringBuilder(method).append('\n').append(uri.getRawPath()).append("\n\n");
    headers.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
    String signedHeaders = String.join(";", headers.keySet());
    canonical.append('\n').append(signedHeaders).append('\n').append(payloadSha256);
    String scope = day + "/" + region + "/s3/aws4_request";
    String toSign =
        "AWS4-HMAC-SHA256\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    byte[] k = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
    k = hmac(k, region);
    k = hmac(k, "s3");
    k = hmac(k, "aws4_request");
    return "AWS4-HMAC-SHA256 Credential="
        + accessKey
        + "/"
        + scope
        + ", SignedHeaders="
        + signedHeaders
        + ", Signature="
        + HexFormat.of().formatHex(hmac(k, toSign));
  }

  /** The Host header the JDK client will send: the port only when it is not the default. */
  static String host(URI uri) {
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equals(uri.getScheme()) && port == 80)
            || ("https".equals(uri.getScheme()) && port == 443);
    return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
