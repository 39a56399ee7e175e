package dev.sitehub.cloud.portal;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the portal language: the user's remembered choice (a cookie) first, then the browser's
 * Accept-Language, then Chinese, the language of the homeowners the platform serves.
 */
final class PortalLocales {
  /** Cookie that remembers the chosen language. */
  public static final String COOKIE = "sitehub_lang";

  public static final Locale ZH = Locale.forLanguageTag("zh-CN");
  public static final Locale EN = Locale.ENGLISH;

  private PortalLocales() {}

  public static Locale resolve(HttpHeaders headers) {
    Cookie chosen = headers.getCookies().get(COOKIE);
    if (chosen != null) {
      Optional<Locale> l = supported(chosen.getValue());
      if (l.isPresent()) {
        return l.get();
      }
    }
    for (Locale wanted : headers.getAcceptableLanguages()) {
      if ("zh".equals(wanted.getLanguage())) {
        return ZH;
      }
      if ("en".equals(wanted.getLanguage())) {
        return EN;
      }
    }
    return ZH;
  }

  /** The supported locale for a tag such as zh-CN, zh or en; empty for anything else. */
  public static Optional<Locale> supported(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String t = tag.trim().toLowerCase(Locale.ROOT);
    if (t.equals("zh") || t.equals("zh-cn")) {
      return Optional.of(ZH);
    }
    if (t.equals("en")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }
}
