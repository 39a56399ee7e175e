package dev.sitehub.cloud.settlement;

/** An amount in fen, with an optional reason (refunds). */
public record MoneyRequest(long amountFen, String reason) {}
