package dev.sitehub.cloud.settlement;

/** One stage on a statement: what it is worth and where its money stands. */
public record StageLine(
    int seq, String name, long payableFen, long retainedFen, boolean accepted, boolean released) {}
