package dev.sitehub.cloud.live;

import dev.sitehub.cloud.media.DeviceCommandSender;
import dev.sitehub.cloud.media.SnapshotArchive;
import dev.sitehub.cloud.media.SnapshotRequests;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Wires live view from configuration and runs each instance's periodic lease and stream duty. */
@ApplicationScoped
class LiveBeans {
  private static final Logger LOG = Logger.getLogger(LiveBeans.class);

  @Produces
  @Singleton
  LiveHub liveHub(MeterRegistry metrics) {
    LiveHub hub = new LiveHub();
    Gauge.builder("sitehub.live.viewers", hub, LiveHub::viewerCount)
        .description("live-view sockets open on this instance")
        .register(metrics);
    FunctionCounter.builder("sitehub.live.frames.delivered", hub, LiveHub::framesDelivered)
        .description("frames written to viewer sockets")
        .register(metrics);
    FunctionCounter.builder("sitehub.live.frames.dropped", hub, LiveHub::framesDropped)
        .description("frames replaced in a slow viewer's mailbox before it could take them")
        .register(metrics);
    return hub;
  }

  @Produces
  @Singleton
  LiveViewers liveViewers(
      LiveHub hub,
      ViewerLeases leases,
      DeviceCommandSender commands,
      LiveConfig config,
      Clock clock) {
    String instance =
        config.instanceId().orElse("cloud-" + UUID.randomUUID().toString().substring(0, 8));
    LOG.infof("live view instance=%s", instance);
    return new LiveViewers(
        instance,
        hub,
        leases,
        commands,
        new LiveSettings(config.leaseTtl(), config.streamFor(), config.renewBefore()),
        clock);
  }

  @Produces
  @Singleton
  LiveTickets liveTickets(LiveConfig config, Clock clock) {
    byte[] secret;
    if (config.ticketSecret().isPresent()) {
      secret = config.ticketSecret().get().getBytes(StandardCharsets.UTF_8);
    } else {
      LOG.warn("sitehub.live.ticket-secret is not set: tickets only work on this instance");
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
    }
    return new LiveTickets(secret, config.ticketTtl(), clock);
  }

  @Produces
  @Singleton
  FrameRouter frameRouter(SnapshotArchive archive, SnapshotRequests requests, LiveHub hub) {
    return new FrameRouter(archive, requests, hub);
  }

  /** Renews this instance's leases and keeps watched cameras streaming. */
  @ApplicationScoped
  static class Tick {
    private final LiveViewers viewers;

    Tick(LiveViewers viewers) {
      this.viewers = viewers;
    }

    @Scheduled(
        identity = "live-tick",
        every = "${sitehub.live.tick-every:5s}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
      viewers.tick();
    }
  }
}
