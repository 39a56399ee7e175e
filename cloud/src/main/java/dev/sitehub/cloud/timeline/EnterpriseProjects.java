package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.contracts.ContractListings;
import dev.sitehub.cloud.contracts.PartyContract;
import dev.sitehub.cloud.milestones.ProgressQuery;
import dev.sitehub.cloud.milestones.StageProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read-only list of the contracts an enterprise is party to: each one's current version state, its
 * project and the project's current stage, newest first; contracts and milestones answer in one
 * batch question each.
 */
@ApplicationScoped
class EnterpriseProjects {
  static final int MAX_CONTRACTS = 200;

  private final ContractListings contracts;
  private final ProgressQuery progress;

  EnterpriseProjects(ContractListings contracts, ProgressQuery progress) {
    this.contracts = contracts;
    this.progress = progress;
  }

  public List<EnterpriseProjectCard> of(String enterpriseId) {
    List<PartyContract> list = contracts.ofParty(enterpriseId, MAX_CONTRACTS);
    Map<String, StageProgress> stages =
        progress.of(list.stream().map(PartyContract::projectId).filter(Objects::nonNull).toList());
    return list.stream()
        .map(
            c -> {
              StageProgress g =
                  c.projectId() == null ? StageProgress.none(null) : stages.get(c.projectId());
              return new EnterpriseProjectCard(
                  c.contractId(),
                  c.title(),
                  c.siteName(),
                  c.status(),
                  c.projectId(),
                  g.stages(),
                  g.accepted(),
                  g.currentSeq(),
                  g.currentName(),
                  g.currentState());
            })
        .toList();
  }
}
