package dev.sitehub.cloud.mqtt;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness includes the broker connection (the datasource check covers the database). */
@Readiness
@ApplicationScoped
class BrokerReadiness implements HealthCheck {
  private final CloudMqtt mqtt;

  public BrokerReadiness(CloudMqtt mqtt) {
    this.mqtt = mqtt;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("mqtt-broker")
        .status(mqtt.healthy())
        .withData("enabled", mqtt.enabled())
        .build();
  }
}
