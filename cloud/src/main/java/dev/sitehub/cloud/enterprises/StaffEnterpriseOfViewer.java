package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.portal.ViewerEnterprise;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Answers the portal's question about a viewer's enterprise from the staff roster. */
@ApplicationScoped
class StaffEnterpriseOfViewer implements ViewerEnterprise {
  private final StaffService staff;

  StaffEnterpriseOfViewer(StaffService staff) {
    this.staff = staff;
  }

  @Override
  public Optional<String> enterpriseOf(String userId) {
    return staff.membership(userId).map(StaffMember::enterpriseId);
  }
}
