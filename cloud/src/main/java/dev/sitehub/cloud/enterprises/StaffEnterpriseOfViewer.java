package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.portal.ViewerEnterprise;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Answers the portal's question about a viewer's enterprise from the staff roster. */
@ApplicationScoped
class StaffEnterpriseOfViewer implements ViewerEnterprise {
  private final StaffService staff;

  StaffEnterpriseOfViewer(StaffService staff) {
    this.staff = staff;
  }

  /**
   * The viewer's enterprise, or empty when asked on an event-loop thread: a role refusal is mapped
   * to its error page there, before any worker thread, and a unit of work may not block the loop.
   * That page then shows the navigation without the enterprise's workspace link.
   */
  @Override
  public Optional<String> enterpriseOf(String userId) {
    if (Context.isOnEventLoopThread()) {
      return Optional.empty();
    }
    return staff.membership(userId).map(StaffMember::enterpriseId);
  }
}
