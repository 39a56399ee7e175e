package dev.sitehub.cloud.enterprises;

import java.util.Optional;

/**
 * Validates a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet, whose last character is a weighted mod-31 check over the first 17.
 */
final class CreditCode {
  /** The GB 32100 alphabet: digits and capitals without I, O, Z, S, V (look-alikes). */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Weight of position i is 3^i mod 31, as the standard tabulates. */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** Registration authorities (position 1) defined by the standard. */
  private static final String AUTHORITIES = "123456789ANY";

  static final int LENGTH = 18;

  private CreditCode() {}

  /** Why a code was refused. */
  public enum Defect {
    MISSING,
    WRONG_LENGTH,
    ILLEGAL_CHARACTER,
    UNKNOWN_AUTHORITY,
    NON_NUMERIC_REGION,
    CHECK_CHARACTER_MISMATCH
  }

  /** Returns the defect of {@code code}, or empty if it is valid. Input is taken as written. */
  public static Optional<Defect> defect(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.of(Defect.MISSING);
    }
    if (code.length() != LENGTH) {
      return Optional.of(Defect.WRONG_LENGTH);
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(Defect.ILLEGAL_CHARACTER);
      }
    }
    if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
      return Optional.of(Defect.UNKNOWN_AUTHORITY);
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return Optional.of(Defect.NON_NUMERIC_REGION);
      }
    }
    if (code.charAt(17) != checkCharacter(code)) {
      return Optional.of(Defect.CHECK_CHARACTER_MISMATCH);
    }
    return Optional.empty();
  }

  public static boolean isValid(String code) {
    return defect(code).isEmpty();
  }

  /** The check character for the first 17 characters of {@code code}. */
  static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** Upper-cases and strips spaces, the only normalisation users expect when pasting a code. */
  public static String normalise(String code) {
    return code == null ? null : code.replace(" ", "").strip().toUpperCase(java.util.Locale.ROOT);
  }
}
