package dev.sitehub.cloud.contracts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Filing numbers (备案号) such as {@code SH-BA-2026-00000042-7}: year, a database sequence, and a
 * mod-10 check digit so a mistyped number is caught before it is looked up.
 */
final class FilingNumber {
  private static final Pattern FORMAT = Pattern.compile("SH-BA-(\\d{4})-(\\d{8})-(\\d)");

  private FilingNumber() {}

  public static String format(int year, long seq) {
    if (year < 2000 || year > 9999 || seq <= 0 || seq > 99_999_999L) {
      throw new IllegalArgumentException("filing year or sequence out of range");
    }
    String body = String.format(Locale.ROOT, "%04d%08d", year, seq);
    return String.format(Locale.ROOT, "SH-BA-%04d-%08d-%d", year, seq, check(body));
  }

  public static boolean isValid(String number) {
    if (number == null) {
      return false;
    }
    var m = FORMAT.matcher(number);
    return m.matches() && check(m.group(1) + m.group(2)) == m.group(3).charAt(0) - '0';
  }

  /** Weighted (3,1) mod-10 check, as in EAN codes: catches every single-digit error. */
  private static int check(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }
}
