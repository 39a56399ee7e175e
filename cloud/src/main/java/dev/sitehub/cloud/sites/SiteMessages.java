package dev.sitehub.cloud.sites;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The site members page's texts in English; sitemsg_zh_CN.properties holds the Chinese ones under
 * the same keys.
 */
@MessageBundle(value = "sitemsg", locale = "en")
public interface SiteMessages {
  @Message("Site members")
  String membersTitle();

  @Message("Everyone here sees the site: readings, cameras, alerts and its project.")
  String membersIntro();

  @Message("Owner")
  String owner();

  @Message("Named in the contract")
  String party();

  @Message("Remove")
  String remove();

  @Message("Add a member")
  String addTitle();

  @Message("Username")
  String username();

  @Message("Add")
  String addButton();

  @Message("Only the site's owner or an operator adds or removes members.")
  String ownerOnly();

  @Message("Back to the site")
  String backToSite();

  @Message("Members")
  String membersLink();

  /** Why the members form came back; sitemsg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(SiteMemberProblem problem);
}
