package dev.sitehub.cloud.settlement;

/** One line of a ledger transaction: a signed amount in fen on one account (+ in, - out). */
public record Posting(Account account, long amountFen) {}
