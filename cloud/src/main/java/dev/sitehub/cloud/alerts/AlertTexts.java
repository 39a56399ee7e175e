package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.telemetry.SensorWords;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/**
 * Words an alert's facts ({@link AlertDetail}) in one language, for the portal (as template
 * extensions on {@link AlertCard}) and for e-mails; the switch makes every kind have a sentence.
 */
public final class AlertTexts {
  /** The language of e-mails to recipients whose language is not known. */
  public static final Locale DEFAULT = Locale.forLanguageTag("zh-CN");

  private AlertTexts() {}

  /** The bundle in {@code locale}: zh-CN when asked for Chinese, else the English default. */
  static AlertMessages messages(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage())
        ? MessageBundles.get(AlertMessages.class, Localized.Literal.of("zh-CN"))
        : MessageBundles.get(AlertMessages.class);
  }

  /** The alert's headline, such as "Reading above limit". */
  public static String headline(AlertDetail d, Locale locale) {
    return messages(locale).headline(d.kind());
  }

  /** The alert's sentence with its values, such as "noise 38.00 dBA above 30.00 at dev-1/sound". */
  public static String sentence(AlertDetail d, Locale locale) {
    AlertMessages m = messages(locale);
    return switch (d.kind()) {
      case READING_ABOVE ->
          m.readingAbove(
              SensorWords.metric(d.subject(), locale),
              num(d.value()),
              unit(d),
              num(d.limit()),
              d.device());
      case READING_BELOW ->
          m.readingBelow(
              SensorWords.metric(d.subject(), locale),
              num(d.value()),
              unit(d),
              num(d.limit()),
              d.device());
      case READING_ABOVE_QUIET ->
          m.readingAboveQuiet(
              SensorWords.metric(d.subject(), locale),
              num(d.value()),
              unit(d),
              num(d.limit()),
              d.device());
      case READING_BELOW_QUIET ->
          m.readingBelowQuiet(
              SensorWords.metric(d.subject(), locale),
              num(d.value()),
              unit(d),
              num(d.limit()),
              d.device());
      case EVENT -> m.eventAt(SensorWords.event(d.subject(), locale), d.device());
      case EVENT_QUIET -> m.eventQuiet(SensorWords.event(d.subject(), locale), d.device());
      case OFFLINE_WILL -> m.offlineWill(d.device(), d.when());
      case OFFLINE_SILENT -> m.offlineSilent(d.device(), d.when());
      case STALLED -> m.stalled(d.count() == null ? 0 : d.count(), d.when());
      case OVERDUE -> m.overdue(d.subject(), d.when());
      case LEGACY -> d.legacyText() == null ? "" : d.legacyText();
    };
  }

  /**
   * The e-mail subject of an alert change; {@code escalated} when it went up the escalation list.
   */
  public static String mailSubject(Alert a, boolean escalated, Locale locale) {
    AlertMessages m = messages(locale);
    return m.mailSubject(
            m.severity(a.severity()), a.type(), m.headline(a.detail().kind()), a.siteId())
        + (escalated ? m.mailEscalated() : "");
  }

  /** The e-mail text of an alert: its sentence and facts. */
  public static String mailBody(Alert a, Locale locale) {
    AlertMessages m = messages(locale);
    return m.mailBody(
        sentence(a.detail(), locale),
        a.siteId(),
        a.source(),
        m.severity(a.severity()),
        String.valueOf(a.firstSeen()),
        a.occurrences(),
        a.id());
  }

  /** {@code card.headline} in a template: the headline in the template's locale. */
  @TemplateExtension
  static String headline(AlertCard card, @TemplateExtension.TemplateAttribute("locale") Object l) {
    return headline(card.detail(), asLocale(l));
  }

  /** {@code card.sentence} in a template: the sentence in the template's locale. */
  @TemplateExtension
  static String sentence(AlertCard card, @TemplateExtension.TemplateAttribute("locale") Object l) {
    return sentence(card.detail(), asLocale(l));
  }

  private static Locale asLocale(Object l) {
    if (l instanceof Locale locale) {
      return locale;
    }
    return l == null ? DEFAULT : Locale.forLanguageTag(l.toString());
  }

  private static String num(Double v) {
    // At most two decimals, without trailing zeros: 38 dBA, 25.1 °C.
    return v == null
        ? ""
        : java.math.BigDecimal.valueOf(v)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
  }

  private static String unit(AlertDetail d) {
    return SensorWords.unit(d.unit());
  }
}
