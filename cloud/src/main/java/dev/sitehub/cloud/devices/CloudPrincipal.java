package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.mqtt.MqttConfig;
import dev.sitehub.protocol.DeviceSecrets;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Writes the cloud's own MQTT credential (kind 'cloud') into the broker's credential store at
 * startup, so that the configured password is the one the broker accepts.
 */
@ApplicationScoped
class CloudPrincipal {
  private static final Logger LOG = Logger.getLogger(CloudPrincipal.class);

  private final DeviceRepository repository;
  private final UnitOfWork work;
  private final MqttConfig config;

  CloudPrincipal(DeviceRepository repository, UnitOfWork work, MqttConfig config) {
    this.repository = repository;
    this.work = work;
    this.config = config;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    ensure();
  }

  /** Upserts the row unless the stored hash already matches the configured password. */
  public void ensure() {
    if (config.password().isEmpty()) {
      LOG.warnf("sitehub.mqtt.password not set: cloud principal %s not written", config.username());
      return;
    }
    String password = config.password().get();
    boolean current =
        work.read(() -> repository.principalHash(config.username()))
            .map(h -> DeviceSecrets.verify(password, h))
            .orElse(false);
    if (!current) {
      String hash = DeviceSecrets.hash(password);
      work.write(() -> repository.upsertCloudPrincipal(config.username(), hash));
      LOG.infof("cloud mqtt principal written user=%s", config.username());
    }
  }
}
