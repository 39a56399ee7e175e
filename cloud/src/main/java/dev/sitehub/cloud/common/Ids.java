package dev.sitehub.cloud.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Locale;

/** Generates the random ids used for users, sites and devices (valid MQTT topic levels). */
@ApplicationScoped
public class Ids {
  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private final SecureRandom random = new SecureRandom();

  /** A prefixed id such as {@code dev-7k2m9x4q1w3e}. */
  public String next(String prefix) {
    return prefix.toLowerCase(Locale.ROOT) + "-" + randomText(12);
  }

  /** Random text from an alphabet without look-alike letters (no i, l, o, u). */
  public String randomText(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }
}
