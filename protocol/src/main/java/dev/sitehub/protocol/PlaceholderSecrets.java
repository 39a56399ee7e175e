package dev.sitehub.protocol;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the secrets a deployment must never run with: the placeholders that example files and
 * old defaults shipped ({@code change-me}, {@code changeme}, {@code <set-me>}), and a few words
 * that are never a real secret ({@code password}, {@code secret}). The cloud and the broker
 * extension refuse to start with one, naming the setting but never its value.
 */
public final class PlaceholderSecrets {
  private static final Set<String> WORDS =
      Set.of("password", "secret", "passw0rd", "admin", "sitehub", "postgres", "hivemq");

  private PlaceholderSecrets() {}

  /** True for a known placeholder or a never-secret word; empty and null are not placeholders. */
  public static boolean isPlaceholder(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    String squashed = v.replaceAll("[^a-z0-9]", "");
    return squashed.startsWith("changeme")
        || squashed.contains("placeholder")
        || squashed.equals("setme")
        || squashed.startsWith("replaceme")
        || WORDS.contains(v);
  }
}
