package dev.sitehub.cloud.settlement;

/** A deposit to pay: fen, and the WeChat Pay channel (NATIVE for a QR code, H5 for phones). */
public record CheckoutRequest(long amountFen, String channel) {}
