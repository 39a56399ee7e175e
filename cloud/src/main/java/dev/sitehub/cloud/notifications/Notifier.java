package dev.sitehub.cloud.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertChange;
import dev.sitehub.cloud.alerts.AlertListener;
import dev.sitehub.cloud.alerts.AlertSettings;
import dev.sitehub.cloud.alerts.ChangeKind;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.alerts.SiteDirectory;
import dev.sitehub.cloud.alerts.SiteMember;
import dev.sitehub.cloud.alerts.SiteRole;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fans alert changes out to people: live push to the site's supervisors (and homeowners for
 * critical alerts), e-mail to those who asked for it, and the site's webhook through the durable
 * outbox. Each user's preferences decide the channels.
 */
@ApplicationScoped
class Notifier implements AlertListener {
  private final SiteDirectory directory;
  private final PreferenceRepository preferences;
  private final AlertSettings settings;
  private final SocketRegistry sockets;
  private final AlertMailer mailer;
  private final WebhookOutbox outbox;
  private final NotificationLog log;
  private final ObjectMapper json;

  public Notifier(
      SiteDirectory directory,
      PreferenceRepository preferences,
      AlertSettings settings,
      SocketRegistry sockets,
      AlertMailer mailer,
      WebhookOutbox outbox,
      NotificationLog log,
      ObjectMapper json) {
    this.directory = directory;
    this.preferences = preferences;
    this.settings = settings;
    this.sockets = sockets;
    this.mailer = mailer;
    this.outbox = outbox;
    this.log = log;
    this.json = json;
  }

  /** Queues the site's webhook delivery in the alert change's own unit of work. */
  @Override
  public Uni<Void> inTransaction(AlertChange change) {
    if (change.kind() == ChangeKind.REPEATED) {
      return Uni.createFrom().voidItem();
    }
    return settings
        .loading(change.alert().siteId())
        .chain(
            s ->
                s.webhookUrl() != null && s.webhookSecret() != null
                    ? outbox.enqueuing(change.alert(), s.webhookUrl(), toJson(change))
                    : Uni.createFrom().voidItem());
  }

  @Override
  public void afterCommit(AlertChange change) {
    Alert a = change.alert();
    boolean announce = change.kind() == ChangeKind.OPENED || change.kind() == ChangeKind.ESCALATED;
    String body = toJson(change);
    Set<String> users = recipients(change);
    Map<String, NotificationPreference> prefs = preferences.findAll(users);
    List<NotificationLog.Entry> told = new ArrayList<>();
    String reason = change.kind().name();
    for (String user : users) {
      NotificationPreference p = prefs.get(user);
      if (change.kind() != ChangeKind.ESCALATED && !a.severity().atLeast(p.minSeverity())) {
        continue;
      }
      if (p.push() && sockets.send(user, body) > 0 && announce) {
        told.add(new NotificationLog.Entry(a.id(), user, "PUSH", reason));
      }
      if (announce && p.email() && p.emailAddress() != null) {
        mailer.send(p.emailAddress(), change);
        told.add(new NotificationLog.Entry(a.id(), user, "EMAIL", reason));
      }
    }
    log.record(told);
  }

  private Set<String> recipients(AlertChange change) {
    Set<String> users = new LinkedHashSet<>();
    if (change.kind() == ChangeKind.ESCALATED) {
      users.add(change.escalatedTo());
      return users;
    }
    boolean critical = change.alert().severity() == Severity.CRITICAL;
    for (SiteMember m : directory.members(change.alert().siteId())) {
      if (m.role() == SiteRole.SUPERVISOR || (critical && m.role() == SiteRole.HOMEOWNER)) {
        users.add(m.userId());
      }
    }
    return users;
  }

  private String toJson(AlertChange change) {
    try {
      return json.writeValueAsString(AlertMessage.of(change));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("alert message not serializable", e);
    }
  }
}
