package dev.sitehub.cloud.enterprises;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** How the library pages print ratings, scores and reply times: one decimal, whole percent. */
@TemplateExtension
final class LibraryFormats {
  private LibraryFormats() {}

  /** The average stars with one decimal, or null when nobody has rated yet. */
  static String stars(EnterpriseView e) {
    return e.averageStars() == null ? null : String.format(Locale.ROOT, "%.1f", e.averageStars());
  }

  static String scoreText(EnterpriseView e) {
    return String.format(Locale.ROOT, "%.2f", e.score());
  }

  static String replyPercent(ResponseStats s) {
    return s.responseRate() == null
        ? "—"
        : String.format(Locale.ROOT, "%.0f%%", s.responseRate() * 100);
  }

  /** The median first reply in whole minutes, rounded up; null when nothing was answered. */
  static Long replyMinutes(ResponseStats s) {
    return s.medianFirstReplySeconds() == null ? null : (s.medianFirstReplySeconds() + 59) / 60;
  }
}
