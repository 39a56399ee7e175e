package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The list questions other features ask about projects and contracts, one native query each: a
 * correlated count and JSON fields of the current version are clearest in SQL.
 */
@ApplicationScoped
public class ContractListings {
  private static final String PROJECTS =
      "SELECT p.project_id, p.site_id, p.customer_id,"
          + " (SELECT count(*) FROM project_stage st WHERE st.project_id = p.project_id)"
          + " FROM project p WHERE p.site_id IN (?1)"
          + " ORDER BY p.created_at DESC, p.project_id LIMIT CAST(?2 AS integer)";
  private static final String OF_PARTY =
      "SELECT c.contract_id, v.terms ->> 'title', v.terms ->> 'siteName', v.status, p.project_id"
          + " FROM contract_party cp JOIN contract c ON c.contract_id = cp.contract_id"
          + " JOIN contract_version v ON v.contract_id = c.contract_id"
          + "   AND v.version = c.current_version"
          + " LEFT JOIN project p ON p.contract_id = c.contract_id"
          + " WHERE cp.party_id = ?1 AND cp.kind <> 'CUSTOMER'"
          + " ORDER BY c.created_at DESC, c.contract_id LIMIT CAST(?2 AS integer)";
  private final UnitOfWork work;

  ContractListings(UnitOfWork work) {
    this.work = work;
  }

  /** The projects on these sites, newest first, at most {@code limit}. */
  public List<ProjectListing> projectsOnSites(List<String> siteIds, int limit) {
    if (siteIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        work.read(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery(PROJECTS, Object[].class)
                                .setParameter(1, siteIds)
                                .setParameter(2, limit)
                                .getResultList()));
    return rows.stream()
        .map(
            r ->
                new ProjectListing(
                    (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()))
        .toList();
  }

  /** The contracts the enterprise is party to (not as customer), newest first. */
  public List<PartyContract> ofParty(String enterpriseId, int limit) {
    List<Object[]> rows =
        work.read(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery(OF_PARTY, Object[].class)
                                .setParameter(1, enterpriseId)
                                .setParameter(2, limit)
                                .getResultList()));
    return rows.stream()
        .map(
            r ->
                new PartyContract(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    VersionStatus.valueOf((String) r[3]),
                    (String) r[4]))
        .toList();
  }
}
