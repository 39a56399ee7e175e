package dev.sitehub.cloud.messaging;

import dev.sitehub.cloud.contracts.ProjectService;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses the websocket upgrade unless the caller is signed in (401) and a member of the project's
 * site (403), so a live feed never opens for an outsider.
 */
@ApplicationScoped
class ProjectMemberUpgradeCheck implements HttpUpgradeCheck {
  private final ProjectService projects;

  public ProjectMemberUpgradeCheck(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public boolean appliesTo(String endpointId) {
    return ProjectMessageSocket.ENDPOINT_ID.equals(endpointId);
  }

  @Override
  public Uni<CheckResult> perform(HttpUpgradeContext context) {
    String projectId = context.pathParam("projectId");
    return context
        .securityIdentity()
        .onItem()
        .transformToUni(
            identity -> {
              String userId = userId(identity);
              if (userId == null) {
                return CheckResult.rejectUpgrade(401);
              }
              // Membership is a JDBC lookup: keep it off the event loop.
              return Uni.createFrom()
                  .item(() -> isMember(projectId, userId))
                  .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                  .map(
                      ok ->
                          ok
                              ? CheckResult.permitUpgradeSync()
                              : CheckResult.rejectUpgradeSync(403));
            });
  }

  private boolean isMember(String projectId, String userId) {
    return projects.isMember(projectId, userId);
  }

  private static String userId(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return null;
    }
    return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
  }
}
