package dev.sitehub.cloud.contracts;

/**
 * One stage of a validated plan: what falls due on its acceptance ({@code payableFen}) and what is
 * held back as retention until the warranty observation ends ({@code retainedFen}).
 */
public record StagePayment(
    int seq, String name, int shareBp, long amountFen, long payableFen, long retainedFen) {}
