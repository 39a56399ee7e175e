package dev.sitehub.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The credential contract between the cloud (which issues secrets) and the broker extension (which
 * checks them). Secrets are 256 random bits, base64url. They are stored only as {@code
 * pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}. Claim codes are stored as their SHA-256 hex
 * digest: they are single-use and short-lived.
 */
public final class DeviceSecrets {
  /** Iterations for new hashes; stored with each hash, so it can be raised later. */
  public static final int DEFAULT_ITERATIONS = 100_000;

  /** Hashes with fewer iterations than this are refused outright. */
  public static final int MIN_ITERATIONS = 1_000;

  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private DeviceSecrets() {}

  /** A new device secret: 32 random bytes, base64url without padding (43 characters). */
  public static String newSecret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public static String hash(String secret) {
    return hash(secret, DEFAULT_ITERATIONS);
  }

  public static String hash(String secret, int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("iterations < " + MIN_ITERATIONS);
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] h = pbkdf2(secret, salt, iterations);
    Base64.Encoder enc = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + iterations + "$" + enc.encodeToString(salt) + "$" + enc.encodeToString(h);
  }

  /** Constant-time check of a presented secret against a stored hash; false for any bad input. */
  public static boolean verify(String secret, String stored) {
    if (secret == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < MIN_ITERATIONS) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, pbkdf2(secret, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** SHA-256 hex of a claim code, the form in which claim codes are stored. */
  public static String claimDigest(String claimCode) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(claimCode.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from the JDK", e);
    }
  }
}
