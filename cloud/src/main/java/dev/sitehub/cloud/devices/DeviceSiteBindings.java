package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.telemetry.DeviceBindings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Tells ingestion which site a device's live credential binds it to. */
@ApplicationScoped
class DeviceSiteBindings implements DeviceBindings {
  private final DeviceRepository repository;
  private final UnitOfWork work;

  DeviceSiteBindings(DeviceRepository repository, UnitOfWork work) {
    this.repository = repository;
    this.work = work;
  }

  @Override
  public Optional<String> siteOf(String deviceId) {
    return Optional.ofNullable(work.read(() -> repository.boundSite(deviceId)));
  }
}
