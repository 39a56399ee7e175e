package dev.sitehub.cloud.contracts;

/** One payment stage as drafted: a name and its share of the total in basis points (1/100 %). */
public record StageShare(String name, int shareBp) {}
