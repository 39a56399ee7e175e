package dev.sitehub.edge.config;

import java.nio.file.Path;
import java.time.Duration;

/** Where the broker is and how the uplink talks to it. */
public record BrokerSettings(
    String host,
    int port,
    boolean tls,
    Path truststore,
    String truststorePassword,
    int keepAliveSeconds,
    Duration reconnectMin,
    Duration reconnectMax,
    int inflightWindow) {

  public String serverUri() {
    return (tls ? "ssl://" : "tcp://") + host + ":" + port;
  }

  @Override
  public String toString() {
    return "BrokerSettings[" + serverUri() + ", window=" + inflightWindow + "]";
  }
}
