package dev.sitehub.cloud.live;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks live-view tickets: short-lived HMAC-SHA256 signed tokens binding a user to one
 * camera. A browser cannot put an Authorization header on a websocket, so a member gets a ticket
 * over authenticated REST and presents it in the socket URL. Every instance sharing the secret
 * accepts every instance's tickets.
 */
final class LiveTickets {
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public LiveTickets(byte[] secret, Duration ttl, Clock clock) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("ticket secret must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A ticket, and until when it is valid. */
  public record Ticket(String token, Instant expiresAt) {}

  /** Why a ticket was refused. */
  public enum Problem {
    MALFORMED,
    BAD_SIGNATURE,
    EXPIRED,
    WRONG_CAMERA
  }

  /** A refused ticket; carries the typed reason and never the token. */
  public static final class InvalidTicketException extends RuntimeException {
    private final Problem problem;

    InvalidTicketException(Problem problem) {
      super("live ticket refused: " + problem.name().toLowerCase(java.util.Locale.ROOT));
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  public Ticket issue(String userId, CameraKey camera) {
    if (userId == null || userId.isEmpty() || userId.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("user id must be non-empty and on one line");
    }
    Instant expires = clock.instant().plus(ttl);
    byte[] nonce = new byte[9];
    random.nextBytes(nonce);
    String payload =
        String.join(
            "\n",
            userId,
            camera.siteId(),
            camera.deviceId(),
            camera.cameraId(),
            Long.toString(expires.getEpochSecond()),
            B64.encodeToString(nonce));
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    return new Ticket(B64.encodeToString(body) + "." + B64.encodeToString(sign(body)), expires);
  }

  /** Returns the user the ticket was issued to, or throws {@link InvalidTicketException}. */
  public String verify(String token, CameraKey camera) {
    if (token == null || token.length() > 2048) {
      throw new InvalidTicketException(Problem.MALFORMED);
    }
    int dot = token.indexOf('.');
    byte[] body;
    byte[] signature;
    try {
      body = B64D.decode(token.substring(0, Math.max(dot, 0)));
      signature = B64D.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new InvalidTicketException(Problem.MALFORMED);
    }
    if (dot <= 0 || !MessageDigest.isEqual(sign(body), signature)) {
      throw new InvalidTicketException(dot <= 0 ? Problem.MALFORMED : Problem.BAD_SIGNATURE);
    }
    String[] f = new String(body, StandardCharsets.UTF_8).split("\n", -1);
    if (f.length != 6) {
      throw new InvalidTicketException(Problem.MALFORMED);
    }
    long expires;
    try {
      expires = Long.parseLong(f[4]);
    } catch (NumberFormatException e) {
      throw new InvalidTicketException(Problem.MALFORMED);
    }
    if (clock.instant().getEpochSecond() >= expires) {
      throw new InvalidTicketException(Problem.EXPIRED);
    }
    if (!f[1].equals(camera.siteId())
        || !f[2].equals(camera.deviceId())
        || !f[3].equals(camera.cameraId())) {
      throw new InvalidTicketException(Problem.WRONG_CAMERA);
    }
    return f[0];
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
    }
  }
}
