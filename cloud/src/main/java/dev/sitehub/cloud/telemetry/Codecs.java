package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.ProtocolLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Produces the protocol codec with the default limits and the application clock. */
@ApplicationScoped
class Codecs {
  @Produces
  @ApplicationScoped
  MessageCodec codec(Clock clock) {
    return new MessageCodec(ProtocolLimits.defaults(), clock);
  }
}
