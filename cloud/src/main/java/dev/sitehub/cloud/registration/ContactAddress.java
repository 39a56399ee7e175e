package dev.sitehub.cloud.registration;

import dev.sitehub.cloud.common.ProblemException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address or a mainland mobile number, normalised so it can serve as the username: one
 * person cannot register the same contact twice by changing case or adding +86.
 */
public record ContactAddress(Kind kind, String value) {
  private static final Pattern EMAIL =
      Pattern.compile("[a-z0-9._%+-]{1,64}@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  /** Which channel the contact is. */
  public enum Kind {
    EMAIL,
    PHONE
  }

  /** Parses exactly one of {@code email} or {@code phone}; anything else is a typed problem. */
  public static ContactAddress parse(String email, String phone) {
    boolean hasEmail = email != null && !email.isBlank();
    boolean hasPhone = phone != null && !phone.isBlank();
    if (hasEmail == hasPhone) {
      throw ProblemException.badRequest("invalid-contact", "give exactly one of email or phone");
    }
    if (hasEmail) {
      String e = email.strip().toLowerCase(Locale.ROOT);
      if (e.length() > 64 || !EMAIL.matcher(e).matches()) {
        throw ProblemException.badRequest("invalid-email", "not a usable e-mail address");
      }
      return new ContactAddress(Kind.EMAIL, e);
    }
    String p = phone.replaceAll("[\\s-]", "");
    if (p.startsWith("+86")) {
      p = p.substring(3);
    } else if (p.startsWith("0086")) {
      p = p.substring(4);
    }
    if (!MOBILE.matcher(p).matches()) {
      throw ProblemException.badRequest(
          "invalid-phone", "phone must be a mainland mobile number (11 digits starting with 1)");
    }
    return new ContactAddress(Kind.PHONE, p);
  }
}
