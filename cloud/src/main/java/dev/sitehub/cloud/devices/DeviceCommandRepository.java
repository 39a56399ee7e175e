package dev.sitehub.cloud.devices;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The portal's commands and their answers; work for a {@code UnitOfWork} to run. */
@ApplicationScoped
class DeviceCommandRepository implements PanacheRepositoryBase<DeviceCommand, String> {

  Uni<Void> insert(DeviceCommand c) {
    return persist(c).chain(this::flush);
  }

  Uni<Void> notSent(String commandId, Instant now) {
    return findById(commandId)
        .invoke(
            c -> {
              if (c != null) {
                c.status = CommandState.NOT_SENT;
                c.answeredAt = now;
              }
            })
        .chain(this::flush);
  }

  /**
   * Stores the box's answer to a command of this device; false when no such command of that box is
   * waiting (unknown id, another box's command, or answered already).
   */
  Uni<Boolean> answer(
      String commandId,
      String siteId,
      String deviceId,
      CommandState state,
      String message,
      Instant at) {
    return findById(commandId)
        .chain(
            c -> {
              if (c == null
                  || !c.siteId.equals(siteId)
                  || !c.deviceId.equals(deviceId)
                  || c.status != CommandState.SENT) {
                return Uni.createFrom().item(false);
              }
              c.status = state;
              c.message = message;
              c.answeredAt = at;
              return flush().replaceWith(true);
            });
  }

  Uni<List<SentCommand>> recent(List<String> siteIds, int limit) {
    return find("siteId in ?1 order by issuedAt desc, commandId", siteIds)
        .range(0, limit - 1)
        .list()
        .map(l -> l.stream().map(DeviceCommand::view).toList());
  }
}
