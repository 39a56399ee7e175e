package dev.sitehub.cloud.telemetry;

import dev.sitehub.cloud.mqtt.Delivery;
import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.Inbound;
import dev.sitehub.protocol.ParsedTopic;

/**
 * A delivery parsed and decoded on the thread that received it (Paho's callback thread, one per
 * broker connection), so that JSON decoding runs beside the writer instead of inside its serial
 * commit-and-ack cycle. {@code inbound} is null when the topic did not parse.
 */
record Received(Delivery delivery, Decoded<ParsedTopic> topic, Decoded<Inbound> inbound) {}
