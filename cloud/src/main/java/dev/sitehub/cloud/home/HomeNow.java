package dev.sitehub.cloud.home;

import dev.sitehub.cloud.devices.FleetBox;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The "needs you now" part of a home: each role's items, empty (or null) for roles the viewer does
 * not hold.
 */
@TemplateData
public record HomeNow(
    List<ProjectNow> projects,
    List<ContractToSign> toSign,
    CompanyNow company,
    List<FleetBox> boxes,
    OperatorQueues queues) {

  /** A homeowner with neither a project nor a contract to sign: the page shows the way in. */
  public boolean newHomeowner() {
    return projects.isEmpty() && toSign.isEmpty();
  }
}
