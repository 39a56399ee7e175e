package dev.sitehub.cloud.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The parts of WeChat Pay's API v3 SiteHub uses, on a local port: it checks every request's
 * WECHATPAY2-SHA256-RSA2048 signature against the merchant key made here, signs every answer with a
 * platform key made here, dedups refunds and profit sharing by their out_* numbers, can be taken
 * down (every call answers 500), and writes signed, AES-256-GCM-encrypted payment notifications.
 */
public final class WechatPaySimulator implements AutoCloseable {
  public static final String MCH_ID = "1900000109";
  public static final String APP_ID = "wxd678efh567hg6787";
  public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A72";
  public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000";
  private static final Pattern AUTH = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeyPair merchant = rsa();
  private final KeyPair platform = rsa();
  private final KeyPair forger = rsa();
  private final String apiV3Key = randomText(32);
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final Path dir;
  private volatile boolean down;

  /** Orders by out_trade_no: amount in fen and trade state. */
  public final Map<String, Order> orders = new ConcurrentHashMap<>();

  /** Refunds by out_refund_no (fen); a repeat of one number is not a second refund. */
  public final Map<String, Long> refunds = new ConcurrentHashMap<>();

  /** How many times each out_refund_no was asked for. */
  public final Map<String, AtomicInteger> refundRequests = new ConcurrentHashMap<>();

  /** Profit-sharing orders by out_order_no: receiver account and fen. */
  public final Map<String, Share> shares = new ConcurrentHashMap<>();

  /** Requests whose signature did not verify. */
  public final AtomicInteger badSignatures = new AtomicInteger();

  /** Requests answered while down. */
  public final AtomicInteger refusedWhileDown = new AtomicInteger();

  public record Order(long amountFen, String channel, String state, String transactionId) {}

  public record Share(String transactionId, String account, long amountFen) {}

  public WechatPaySimulator() throws IOException {
    dir = Files.createTempDirectory("wechatpay-sim");
    Files.writeString(
        dir.resolve("merchant.pem"), pem("PRIVATE KEY", merchant.getPrivate().getEncoded()));
    Files.writeString(
        dir.resolve("platform.pem"), pem("PUBLIC KEY", platform.getPublic().getEncoded()));
    // Vert.x keeps header names as written: WeChat Pay's SDK reads Wechatpay-* case-sensitively.
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                req ->
                    req.body()
                        .onSuccess(
                            b -> {
                              try {
                                handle(new Exchange(req), b.toString(StandardCharsets.UTF_8));
                              } catch (IOException e) {
                                req.response().setStatusCode(500).end();
                              }
                            }))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .join();
  }

  /** The settings that point the cloud's SDK at this simulator. */
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("sitehub.payments.provider", "wechatpay");
    c.put("sitehub.payments.wechatpay.merchant-id", MCH_ID);
    c.put("sitehub.payments.wechatpay.app-id", APP_ID);
    c.put("sitehub.payments.wechatpay.merchant-serial-number", MERCHANT_SERIAL);
    c.put("sitehub.payments.wechatpay.private-key-path", dir.resolve("merchant.pem").toString());
    c.put("sitehub.payments.wechatpay.api-v3-key", apiV3Key);
    c.put(
        "sitehub.payments.wechatpay.platform-public-key-path",
        dir.resolve("platform.pem").toString());
    c.put("sitehub.payments.wechatpay.platform-public-key-id", PUBLIC_KEY_ID);
    c.put(
        "sitehub.payments.wechatpay.notify-url",
        "https://sitehub.example/api/payments/wechatpay/notify");
    c.put("sitehub.payments.wechatpay.base-url", "http://127.0.0.1:" + server.actualPort());
    c.put("sitehub.payments.wechatpay.timeout-seconds", "3");
    // The tests send due instructions themselves; the scheduler stays out of their way.
    c.put("sitehub.payments.retry-every", "1h");
    return c;
  }

  public void down(boolean down) {
    this.down = down;
  }

  /** A notification as WeChat Pay sends it: headers and body, signed by the platform key. */
  public record Notification(Map<String, String> headers, String body) {}

  /** A signed, encrypted TRANSACTION.SUCCESS notification for a paid order. */
  public Notification paid(String outTradeNo) {
    Order o = orders.get(outTradeNo);
    String txId = "4200000" + randomDigits(21);
    orders.put(outTradeNo, new Order(o.amountFen(), o.channel(), "SUCCESS", txId));
    return notification(transaction(outTradeNo), platform.getPrivate(), apiV3Key);
  }

  /** The same notification signed by a key that is not WeChat Pay's. */
  public Notification forged(String outTradeNo, long amountFen) {
    ObjectNode t = JSON.createObjectNode();
    t.put("mchid", MCH_ID);
    t.put("appid", APP_ID);
    t.put("out_trade_no", outTradeNo);
    t.put("transaction_id", "4200000" + randomDigits(21));
    t.put("trade_state", "SUCCESS");
    t.putObject("amount").put("total", amountFen).put("currency", "CNY");
    return notification(t, forger.getPrivate(), apiV3Key);
  }

  private Notification notification(ObjectNode transaction, PrivateKey signer, String key) {
    try {
      String nonce = randomText(12);
      String ad = "transaction";
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "AES"),
          new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
      c.updateAAD(ad.getBytes(StandardCharsets.UTF_8));
      String cipher =
          Base64.getEncoder().encodeToString(c.doFinal(JSON.writeValueAsBytes(transaction)));
      ObjectNode n = JSON.createObjectNode();
      n.put("id", UUID.randomUUID().toString());
      n.put("create_time", "2026-12-07T10:00:00+08:00");
      n.put("resource_type", "encrypt-resource");
      n.put("event_type", "TRANSACTION.SUCCESS");
      n.put("summary", "支付成功");
      ObjectNode r = n.putObject("resource");
      r.put("original_type", "transaction");
      r.put("algorithm", "AEAD_AES_256_GCM");
      r.put("ciphertext", cipher);
      r.put("associated_data", ad);
      r.put("nonce", nonce);
      String body = JSON.writeValueAsString(n);
      return new Notification(signedHeaders(body, signer), body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode transaction(String outTradeNo) {
    Order o = orders.get(outTradeNo);
    ObjectNode t = JSON.createObjectNode();
    t.put("mchid", MCH_ID);
    t.put("appid", APP_ID);
    t.put("out_trade_no", outTradeNo);
    if (o.transactionId() != null) {
      t.put("transaction_id", o.transactionId());
    }
    t.put("trade_type", o.channel().equals("H5") ? "MWEB" : "NATIVE");
    t.put("trade_state", o.state());
    t.put("trade_state_desc", o.state());
    t.putObject("amount").put("total", o.amountFen()).put("currency", "CNY");
    return t;
  }

  /** The request as the handler reads it, and its answer. */
  private record Exchange(HttpServerRequest req) {
    String getRequestMethod() {
      return req.method().name();
    }

    URI getRequestURI() {
      return URI.create(req.uri());
    }

    String header(String name) {
      return req.getHeader(name);
    }
  }

  private void handle(Exchange ex, String body) throws IOException {
    if (down) {
      refusedWhileDown.incrementAndGet();
      answer(ex, 500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统繁忙\"}");
      return;
    }
    if (!signedByMerchant(ex, body)) {
      badSignatures.incrementAndGet();
      answer(ex, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
      return;
    }
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    JsonNode in = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    if (method.equals("POST") && path.startsWith("/v3/pay/transactions/")) {
      String channel = path.endsWith("/h5") ? "H5" : "NATIVE";
      String no = in.path("out_trade_no").asText();
      orders.putIfAbsent(
          no, new Order(in.path("amount").path("total").asLong(), channel, "NOTPAY", null));
      answer(
          ex,
          200,
          channel.equals("H5")
              ? "{\"h5_url\":\"https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx"
                  + no
                  + "&package=1\"}"
              : "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=" + no + "\"}");
    } else if (method.equals("GET") && path.startsWith("/v3/pay/transactions/out-trade-no/")) {
      String no = path.substring(path.lastIndexOf('/') + 1);
      if (!orders.containsKey(no)) {
        answer(ex, 404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}");
      } else {
        answer(ex, 200, JSON.writeValueAsString(transaction(no)));
      }
    } else if (method.equals("POST") && path.equals("/v3/refund/domestic/refunds")) {
      String no = in.path("out_refund_no").asText();
      refunds.putIfAbsent(no, in.path("amount").path("refund").asLong());
      refundRequests.computeIfAbsent(no, k -> new AtomicInteger()).incrementAndGet();
      answer(ex, 200, refund(no, in.path("out_trade_no").asText()));
    } else if (method.equals("GET") && path.startsWith("/v3/refund/domestic/refunds/")) {
      String no = path.substring(path.lastIndexOf('/') + 1);
      if (!refunds.containsKey(no)) {
        answer(ex, 404, "{\"code\":\"RESOURCE_NOT_EXISTS\",\"message\":\"退款单不存在\"}");
      } else {
        answer(ex, 200, refund(no, ""));
      }
    } else if (method.equals("POST") && path.equals("/v3/profitsharing/receivers/add")) {
      answer(
          ex,
          200,
          "{\"type\":\""
              + in.path("type").asText()
              + "\",\"account\":\""
              + in.path("account").asText()
              + "\",\"relation_type\":\"PARTNER\"}");
    } else if (method.equals("POST") && path.equals("/v3/profitsharing/orders")) {
      String no = in.path("out_order_no").asText();
      JsonNode receiver = in.path("receivers").path(0);
      shares.putIfAbsent(
          no,
          new Share(
              in.path("transaction_id").asText(),
              receiver.path("account").asText(),
              receiver.path("amount").asLong()));
      answer(ex, 200, share(no));
    } else if (method.equals("GET") && path.startsWith("/v3/profitsharing/orders/")) {
      String no = path.substring(path.lastIndexOf('/') + 1);
      answer(
          ex,
          shares.containsKey(no) ? 200 : 404,
          shares.containsKey(no)
              ? share(no)
              : "{\"code\":\"RESOURCE_NOT_EXISTS\",\"message\":\"无\"}");
    } else {
      answer(ex, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"" + path + "\"}");
    }
  }

  private String refund(String no, String outTradeNo) throws IOException {
    ObjectNode r = JSON.createObjectNode();
    r.put("refund_id", "50000" + Math.abs(no.hashCode()));
    r.put("out_refund_no", no);
    r.put("out_trade_no", outTradeNo);
    r.put("status", "SUCCESS");
    r.putObject("amount").put("refund", refunds.get(no)).put("currency", "CNY");
    return JSON.writeValueAsString(r);
  }

  private String share(String no) throws IOException {
    Share s = shares.get(no);
    ObjectNode r = JSON.createObjectNode();
    r.put("transaction_id", s.transactionId());
    r.put("out_order_no", no);
    r.put("order_id", "30000" + Math.abs(no.hashCode()));
    r.put("state", "FINISHED");
    ObjectNode d = r.putArray("receivers").addObject();
    d.put("type", "MERCHANT_ID");
    d.put("account", s.account());
    d.put("amount", s.amountFen());
    d.put("result", "SUCCESS");
    return JSON.writeValueAsString(r);
  }

  /** Checks the Authorization header as WeChat Pay does: merchant, serial and RSA signature. */
  private boolean signedByMerchant(Exchange ex, String body) {
    String auth = ex.header("Authorization");
    if (auth == null || !auth.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
      return false;
    }
    Map<String, String> f = new LinkedHashMap<>();
    Matcher m = AUTH.matcher(auth);
    while (m.find()) {
      f.put(m.group(1), m.group(2));
    }
    if (!MCH_ID.equals(f.get("mchid")) || !MERCHANT_SERIAL.equals(f.get("serial_no"))) {
      return false;
    }
    String uri = ex.getRequestURI().getRawPath();
    if (ex.getRequestURI().getRawQuery() != null) {
      uri += "?" + ex.getRequestURI().getRawQuery();
    }
    String message =
        ex.getRequestMethod()
            + "\n"
            + uri
            + "\n"
            + f.get("timestamp")
            + "\n"
            + f.get("nonce_str")
            + "\n"
            + body
            + "\n";
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(merchant.getPublic());
      s.update(message.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(f.getOrDefault("signature", "")));
    } catch (Exception e) {
      return false;
    }
  }

  private void answer(Exchange ex, int status, String body) {
    var response = ex.req().response().setStatusCode(status);
    signedHeaders(body, platform.getPrivate()).forEach(response::putHeader);
    response.putHeader("Content-Type", "application/json; charset=utf-8");
    response.putHeader("Request-ID", UUID.randomUUID().toString());
    response.end(body);
  }

  private static Map<String, String> signedHeaders(String body, PrivateKey key) {
    String ts = Long.toString(Instant.now().getEpochSecond());
    String nonce = randomText(32);
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update((ts + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
      Map<String, String> h = new LinkedHashMap<>();
      h.put("Wechatpay-Timestamp", ts);
      h.put("Wechatpay-Nonce", nonce);
      h.put("Wechatpay-Serial", PUBLIC_KEY_ID);
      h.put("Wechatpay-Signature", Base64.getEncoder().encodeToString(s.sign()));
      h.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
      return h;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private static String randomText(int n) {
    String a = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(a.charAt(RANDOM.nextInt(a.length())));
    }
    return b.toString();
  }

  private static String randomDigits(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(RANDOM.nextInt(10));
    }
    return b.toString();
  }

  PublicKey platformPublicKey() {
    return platform.getPublic();
  }
}
