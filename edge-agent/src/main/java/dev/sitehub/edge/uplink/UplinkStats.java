package dev.sitehub.edge.uplink;

/** Counters the heartbeat reports about the uplink. */
public record UplinkStats(
    boolean connected,
    long connects,
    long published,
    long liveFramesDropped,
    long rejectedByBroker,
    long badCommands) {}
