package dev.sitehub.cloud.settlement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Which payment provider moves the escrow's money, and the WeChat Pay merchant's settings. */
@ConfigMapping(prefix = "sitehub.payments")
public interface PaymentsConfig {
  /**
   * The provider: {@code sandbox} (no real money, local stack and demo only) or {@code wechatpay}.
   */
  @WithDefault("sandbox")
  PaymentProvider provider();

  /** How often due refunds and payouts are sent again after the provider failed them. */
  @WithDefault("30s")
  Duration retryEvery();

  /** Attempts after which an instruction is marked FAILED for the operator. */
  @WithDefault("20")
  int maxAttempts();

  /** The WeChat Pay merchant; required when the provider is {@code wechatpay}. */
  Wechatpay wechatpay();

  /** WeChat Pay API v3 merchant settings; secrets come from the environment, never the repo. */
  interface Wechatpay {
    /** Merchant id (商户号). */
    Optional<String> merchantId();

    /** The AppID bound to the merchant (公众号/小程序/网站应用). */
    Optional<String> appId();

    /** Serial number of the merchant API certificate (商户API证书序列号). */
    Optional<String> merchantSerialNumber();

    /** Path of the merchant API private key, PEM (apiclient_key.pem). */
    Optional<String> privateKeyPath();

    /** The APIv3 key that encrypts notifications (32 characters). */
    Optional<String> apiV3Key();

    /** Path of the WeChat Pay platform public key, PEM (微信支付公钥). */
    Optional<String> platformPublicKeyPath();

    /** Id of that public key (PUB_KEY_ID_...), sent back in Wechatpay-Serial. */
    Optional<String> platformPublicKeyId();

    /** The public HTTPS address of {@code /api/payments/wechatpay/notify}. */
    Optional<String> notifyUrl();

    /** Another API base address instead of https://api.mch.weixin.qq.com (tests, proxies). */
    Optional<String> baseUrl();

    /** Seconds to wait for the provider's answer. */
    @WithDefault("10")
    int timeoutSeconds();
  }
}
