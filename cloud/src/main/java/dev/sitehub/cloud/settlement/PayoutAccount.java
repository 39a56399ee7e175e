package dev.sitehub.cloud.settlement;

/** Where a contracted company's payouts go: its profit-sharing receiver at the provider. */
public record PayoutAccount(
    String enterpriseId, String receiverType, String account, String name) {}
