package dev.sitehub.cloud.settlement;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.h5.H5Service;
import com.wechat.pay.java.service.payments.h5.model.H5Info;
import com.wechat.pay.java.service.payments.h5.model.SceneInfo;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.payments.nativepay.model.SettleInfo;
import com.wechat.pay.java.service.profitsharing.ProfitsharingService;
import com.wechat.pay.java.service.profitsharing.model.AddReceiverRequest;
import com.wechat.pay.java.service.profitsharing.model.CreateOrderReceiver;
import com.wechat.pay.java.service.profitsharing.model.CreateOrderRequest;
import com.wechat.pay.java.service.profitsharing.model.OrdersEntity;
import com.wechat.pay.java.service.profitsharing.model.QueryOrderRequest;
import com.wechat.pay.java.service.profitsharing.model.ReceiverRelationType;
import com.wechat.pay.java.service.profitsharing.model.ReceiverType;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.QueryByOutRefundNoRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * WeChat Pay API v3 through its official SDK, which signs every request with the merchant key,
 * verifies every answer with the platform public key and decrypts notifications with the APIv3 key.
 * Built at startup when the provider is {@code wechatpay}, so a missing setting fails there.
 */
@ApplicationScoped
class WechatPayClient {
  private static final String API_HOST = "api.mch.weixin.qq.com";
  private final PaymentsConfig config;
  private Sdk sdk;

  /** The SDK's services, sharing one signing HTTP client. */
  private record Sdk(
      String merchantId,
      String appId,
      String notifyUrl,
      NativePayService nativePay,
      H5Service h5,
      RefundService refunds,
      ProfitsharingService sharing,
      NotificationParser parser) {}

  WechatPayClient(PaymentsConfig config) {
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.provider() == PaymentProvider.WECHATPAY) {
      sdk();
    }
  }

  /** Creates the order at WeChat Pay: the QR code's URL (Native) or the page to open (H5). */
  String prepay(PaymentOrder o, String description, String clientIp) {
    Sdk s = sdk();
    if ("H5".equals(o.channel())) {
      var r = new com.wechat.pay.java.service.payments.h5.model.PrepayRequest();
      r.setAppid(s.appId());
      r.setMchid(s.merchantId());
      r.setDescription(description);
      r.setOutTradeNo(o.outTradeNo());
      r.setNotifyUrl(s.notifyUrl());
      var amount = new com.wechat.pay.java.service.payments.h5.model.Amount();
      amount.setTotal(Math.toIntExact(o.amountFen()));
      r.setAmount(amount);
      var settle = new com.wechat.pay.java.service.payments.h5.model.SettleInfo();
      settle.setProfitSharing(true);
      r.setSettleInfo(settle);
      SceneInfo scene = new SceneInfo();
      scene.setPayerClientIp(clientIp == null ? "127.0.0.1" : clientIp);
      H5Info h5 = new H5Info();
      h5.setType("Wap");
      scene.setH5Info(h5);
      r.setSceneInfo(scene);
      return s.h5().prepay(r).getH5Url();
    }
    PrepayRequest r = new PrepayRequest();
    r.setAppid(s.appId());
    r.setMchid(s.merchantId());
    r.setDescription(description);
    r.setOutTradeNo(o.outTradeNo());
    r.setNotifyUrl(s.notifyUrl());
    Amount amount = new Amount();
    amount.setTotal(Math.toIntExact(o.amountFen()));
    r.setAmount(amount);
    // Payouts to the contractor are profit sharing on this payment, which must be asked for here.
    SettleInfo settle = new SettleInfo();
    settle.setProfitSharing(true);
    r.setSettleInfo(settle);
    return s.nativePay().prepay(r).getCodeUrl();
  }

  Transaction queryOrder(String outTradeNo) {
    Sdk s = sdk();
    QueryOrderByOutTradeNoRequest r = new QueryOrderByOutTradeNoRequest();
    r.setOutTradeNo(outTradeNo);
    r.setMchid(s.merchantId());
    return s.nativePay().queryOrderByOutTradeNo(r);
  }

  /**
   * Asks for the refund; the provider answers PROCESSING or SUCCESS (and dedups by out_refund_no).
   */
  String refund(PaymentInstruction i) {
    CreateRequest r = new CreateRequest();
    r.setOutTradeNo(i.outTradeNo());
    r.setOutRefundNo(i.outNo());
    r.setReason("SiteHub escrow refund");
    r.setNotifyUrl(sdk().notifyUrl());
    AmountReq amount = new AmountReq();
    amount.setRefund(i.amountFen());
    amount.setTotal(i.orderTotalFen());
    amount.setCurrency("CNY");
    r.setAmount(amount);
    Refund refund = sdk().refunds().create(r);
    return refund.getStatus() == null ? "PROCESSING" : refund.getStatus().name();
  }

  String refundState(String outRefundNo) {
    QueryByOutRefundNoRequest r = new QueryByOutRefundNoRequest();
    r.setOutRefundNo(outRefundNo);
    Refund refund = sdk().refunds().queryByOutRefundNo(r);
    return refund.getStatus() == null ? "PROCESSING" : refund.getStatus().name();
  }

  /**
   * Pays the contractor's share of a payment through profit sharing: registers the receiver (the
   * provider accepts repeats) and splits the amount to it, deduplicated by out_order_no.
   */
  String share(PaymentInstruction i) {
    Sdk s = sdk();
    AddReceiverRequest add = new AddReceiverRequest();
    add.setAppid(s.appId());
    add.setType(ReceiverType.valueOf(i.receiverType()));
    add.setAccount(i.receiverAccount());
    add.setName(i.receiverName());
    add.setRelationType(ReceiverRelationType.PARTNER);
    s.sharing().addReceiver(add);
    CreateOrderRequest r = new CreateOrderRequest();
    r.setAppid(s.appId());
    r.setTransactionId(i.transactionId());
    r.setOutOrderNo(i.outNo());
    CreateOrderReceiver receiver = new CreateOrderReceiver();
    receiver.setType(i.receiverType());
    receiver.setAccount(i.receiverAccount());
    receiver.setName(i.receiverName());
    receiver.setAmount(i.amountFen());
    receiver.setDescription("SiteHub stage payout");
    List<CreateOrderReceiver> receivers = new ArrayList<>();
    receivers.add(receiver);
    r.setReceivers(receivers);
    r.setUnfreezeUnsplit(false);
    OrdersEntity o = s.sharing().createOrder(r);
    return o.getState() == null ? "PROCESSING" : o.getState().name();
  }

  String shareState(String outOrderNo, String transactionId) {
    QueryOrderRequest r = new QueryOrderRequest();
    r.setOutOrderNo(outOrderNo);
    r.setTransactionId(transactionId);
    OrdersEntity o = sdk().sharing().queryOrder(r);
    return o.getState() == null ? "PROCESSING" : o.getState().name();
  }

  /**
   * Verifies a notification's signature with the platform public key and decrypts its resource with
   * the APIv3 key; throws the SDK's ValidationException (forged or tampered) or
   * DecryptionException.
   */
  Transaction paymentNotification(RequestParam request) {
    return sdk().parser().parse(request, Transaction.class);
  }

  private synchronized Sdk sdk() {
    if (sdk == null) {
      sdk = build();
    }
    return sdk;
  }

  private Sdk build() {
    PaymentsConfig.Wechatpay w = config.wechatpay();
    RSAPublicKeyConfig c =
        new RSAPublicKeyConfig.Builder()
            .merchantId(required(w.merchantId(), "merchant-id"))
            .privateKeyFromPath(required(w.privateKeyPath(), "private-key-path"))
            .merchantSerialNumber(required(w.merchantSerialNumber(), "merchant-serial-number"))
            .publicKeyFromPath(required(w.platformPublicKeyPath(), "platform-public-key-path"))
            .publicKeyId(required(w.platformPublicKeyId(), "platform-public-key-id"))
            .apiV3Key(required(w.apiV3Key(), "api-v3-key"))
            .build();
    OkHttpClient.Builder ok =
        new OkHttpClient.Builder()
            .connectTimeout(w.timeoutSeconds(), TimeUnit.SECONDS)
            .readTimeout(w.timeoutSeconds(), TimeUnit.SECONDS)
            .writeTimeout(w.timeoutSeconds(), TimeUnit.SECONDS);
    w.baseUrl().map(HttpUrl::get).ifPresent(base -> ok.addInterceptor(new Rebase(base)));
    HttpClient http = new DefaultHttpClientBuilder().config(c).okHttpClient(ok.build()).build();
    return new Sdk(
        w.merchantId().get(),
        required(w.appId(), "app-id"),
        required(w.notifyUrl(), "notify-url"),
        new NativePayService.Builder().httpClient(http).build(),
        new H5Service.Builder().httpClient(http).build(),
        new RefundService.Builder().httpClient(http).build(),
        new ProfitsharingService.Builder()
            .httpClient(http)
            .encryptor(c.createEncryptor())
            .decryptor(c.createDecryptor())
            .build(),
        new NotificationParser(c));
  }

  private static String required(java.util.Optional<String> v, String key) {
    return v.filter(s -> !s.isBlank())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "sitehub.payments.provider=wechatpay needs sitehub.payments.wechatpay." + key));
  }

  /**
   * Sends the SDK's requests for api.mch.weixin.qq.com to another base address; the signature
   * covers the path and query only, so it stays valid.
   */
  private record Rebase(HttpUrl base) implements okhttp3.Interceptor {
    @Override
    public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
      okhttp3.Request req = chain.request();
      if (!API_HOST.equals(req.url().host())) {
        return chain.proceed(req);
      }
      HttpUrl url =
          req.url().newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build();
      return chain.proceed(req.newBuilder().url(url).build());
    }
  }
}
