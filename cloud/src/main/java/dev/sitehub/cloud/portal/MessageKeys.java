package dev.sitehub.cloud.portal;

import java.util.Locale;

/**
 * Turns an enum constant into the message-bundle key that names it on a page, so templates can show
 * domain states in the viewer's language: {@code of("state", "READY_FOR_INSPECTION")} is {@code
 * stateReadyForInspection}.
 */
public final class MessageKeys {
  private MessageKeys() {}

  public static String of(String prefix, String constant) {
    StringBuilder b = new StringBuilder(prefix);
    for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }
}
