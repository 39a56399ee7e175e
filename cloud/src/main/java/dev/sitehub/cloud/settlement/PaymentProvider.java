package dev.sitehub.cloud.settlement;

/** The payment providers the cloud can use. */
public enum PaymentProvider {
  /** No real money: approves charges at once. Local stack and demo only. */
  SANDBOX,
  /** WeChat Pay API v3 (微信支付). */
  WECHATPAY
}
