package dev.sitehub.cloud.audit;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserDirectory;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The whole audit trail for operators, filterable by action ({@link ProjectAuditPage} shows one
 * project's to its members).
 */
@Path("/portal/operator/audit")
public class AuditPage {
  /** Times are shown in China's time, where SiteHub's sites are. */
  static final String ZONE = "Asia/Shanghai";

  static final int ROWS = 200;

  /** One line of the trail, ready to show. */
  public record Row(String time, String actor, AuditAction action, String subject, String detail) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance trail(
        PortalContext ctx,
        String projectId,
        List<Row> rows,
        List<AuditAction> actions,
        AuditAction selected);
  }

  private final AuditLog log;
  private final UserDirectory directory;
  private final UnitOfWork work;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public AuditPage(
      AuditLog log,
      UserDirectory directory,
      UnitOfWork work,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.log = log;
    this.directory = directory;
    this.work = work;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response all(@QueryParam("action") String action) {
    AuditAction selected =
        Arrays.stream(AuditAction.values())
            .filter(a -> a.name().equals(action))
            .findFirst()
            .orElse(null);
    List<Row> rows = rows(log.newest(selected, ROWS), directory, work);
    return render.page(
        Templates.trail(portal.context(), null, rows, List.of(AuditAction.values()), selected));
  }

  /** The events as lines to show, with people's names instead of their ids. */
  static List<Row> rows(List<AuditView> events, UserDirectory directory, UnitOfWork work) {
    Set<String> actors =
        events.stream()
            .map(AuditView::actorId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<String, String> names = work.read(() -> directory.displayNames(actors));
    return events.stream()
        .map(
            e ->
                new Row(
                    PortalContext.time(e.at(), ZONE),
                    e.actorId() == null ? null : names.getOrDefault(e.actorId(), e.actorId()),
                    e.action(),
                    e.subject(),
                    e.detail()))
        .toList();
  }
}
