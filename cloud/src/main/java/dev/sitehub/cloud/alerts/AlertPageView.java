package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What an alert list page shows: the site (null on the cross-site inbox), the sites to filter by,
 * the chosen filters, the cards, and the URL the page refreshes its list from.
 */
@TemplateData
public record AlertPageView(
    SiteOption site,
    List<SiteOption> sites,
    AlertFilter filter,
    List<AlertCard> cards,
    String listUrl) {

  /** A site as a filter choice and heading. */
  @TemplateData
  public record SiteOption(String siteId, String name) {}

  public boolean inbox() {
    return site == null;
  }

  /** The page itself, where the filter form submits to. */
  public String pageUrl() {
    return inbox() ? "/portal/alerts" : "/portal/sites/" + site.siteId() + "/alerts";
  }
}
