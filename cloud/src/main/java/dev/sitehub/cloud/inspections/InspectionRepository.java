package dev.sitehub.cloud.inspections;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Inspections and their items through Hibernate Reactive, read back as views with the tasks their
 * failures opened; each method is work for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class InspectionRepository implements PanacheRepositoryBase<InspectionEntity, String> {

  /** Files the inspection with its items. */
  Uni<Void> file(InspectionEntity inspection, List<InspectionItemEntity> items) {
    Uni<Void> all = persist(inspection).replaceWithVoid();
    for (InspectionItemEntity i : items) {
      all = all.chain(() -> getSession().chain(s -> s.persist(i)));
    }
    return all.chain(this::flush);
  }

  Uni<Optional<InspectionView>> view(String inspectionId) {
    return views(find("inspectionId", inspectionId).list()).map(l -> l.stream().findFirst());
  }

  Uni<List<InspectionView>> forStage(String projectId, int seq) {
    return views(
        find("projectId = ?1 and stageSeq = ?2 order by inspectedAt, inspectionId", projectId, seq)
            .list());
  }

  /** The stage's latest inspection if it passed; empty when there is none or it failed. */
  Uni<Optional<String>> latestPassed(String projectId, int seq) {
    return find(
            "projectId = ?1 and stageSeq = ?2 order by inspectedAt desc, inspectionId desc",
            projectId,
            seq)
        .firstResult()
        .map(i -> Optional.ofNullable(i).filter(x -> x.passed).map(x -> x.inspectionId));
  }

  /** The photo key of an item of an inspection in the project, if the item has a photo. */
  Uni<Optional<String>> photoKey(String projectId, String inspectionId, String code) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select ii.photoKey from InspectionItemEntity ii, InspectionEntity i"
                            + " where i.inspectionId = ii.inspectionId and i.projectId = ?1"
                            + " and ii.inspectionId = ?2 and ii.itemCode = ?3"
                            + " and ii.photoKey is not null",
                        String.class)
                    .setParameter(1, projectId)
                    .setParameter(2, inspectionId)
                    .setParameter(3, code)
                    .getResultList())
        .map(l -> l.stream().findFirst());
  }

  private Uni<List<InspectionView>> views(Uni<List<InspectionEntity>> found) {
    return found.chain(
        list -> {
          if (list.isEmpty()) {
            return Uni.createFrom().item(List.<InspectionView>of());
          }
          List<String> ids = list.stream().map(i -> i.inspectionId).toList();
          return items(ids)
              .chain(
                  items ->
                      tasks(ids)
                          .map(
                              tasks -> {
                                List<InspectionView> out = new ArrayList<>();
                                for (InspectionEntity i : list) {
                                  out.add(
                                      new InspectionView(
                                          i.inspectionId,
                                          i.projectId,
                                          i.stageSeq,
                                          i.checklist,
                                          i.inspectorId,
                                          i.inspectedAt,
                                          i.passed,
                                          items.getOrDefault(i.inspectionId, List.of()),
                                          tasks.getOrDefault(i.inspectionId, List.of())));
                                }
                                return out;
                              }));
        });
  }

  private Uni<Map<String, List<InspectionView.Item>>> items(List<String> ids) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from InspectionItemEntity where inspectionId in ?1 order by itemCode",
                        InspectionItemEntity.class)
                    .setParameter(1, ids)
                    .getResultList())
        .map(
            l ->
                l.stream()
                    .collect(
                        Collectors.groupingBy(
                            i -> i.inspectionId,
                            Collectors.mapping(InspectionItemEntity::view, Collectors.toList()))));
  }

  private Uni<Map<String, List<String>>> tasks(List<String> ids) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from RectificationEntity where inspectionId in ?1 order by itemCode",
                        RectificationEntity.class)
                    .setParameter(1, ids)
                    .getResultList())
        .map(
            l ->
                l.stream()
                    .collect(
                        Collectors.groupingBy(
                            r -> r.inspectionId,
                            Collectors.mapping(r -> r.rectificationId, Collectors.toList()))));
  }
}
