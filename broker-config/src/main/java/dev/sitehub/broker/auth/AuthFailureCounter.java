package dev.sitehub.broker.auth;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import dev.sitehub.broker.auth.AuthOutcome.Refusal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts refused CONNECTs per {@link Refusal} in the broker's metric registry, under {@code
 * dev.sitehub.auth.failed.<reason>} (exported by HiveMQ's JMX and Prometheus integrations).
 */
public final class AuthFailureCounter {
  public static final String PREFIX = "dev.sitehub.auth.failed.";

  private final Map<Refusal, Counter> counters = new EnumMap<>(Refusal.class);

  public AuthFailureCounter(MetricRegistry registry) {
    for (Refusal r : Refusal.values()) {
      counters.put(r, registry.counter(metricName(r)));
    }
  }

  public static String metricName(Refusal refusal) {
    return PREFIX + refusal.name().toLowerCase(Locale.ROOT);
  }

  public void count(Refusal refusal) {
    counters.get(refusal).inc();
  }
}
