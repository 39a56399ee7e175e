package dev.sitehub.cloud.contracts;

import java.util.List;

/** A renovation project created by a filed contract: its site, customer and payment stages. */
public record Project(
    String projectId,
    String contractId,
    String siteId,
    String customerId,
    String status,
    List<StagePayment> stages) {
  public Project {
    stages = List.copyOf(stages);
  }
}
