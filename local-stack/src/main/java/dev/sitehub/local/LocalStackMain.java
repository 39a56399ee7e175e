package dev.sitehub.local;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the local stack, prints where to find it, and stops it cleanly on Ctrl-C. */
public final class LocalStackMain {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStackMain.class);

  private LocalStackMain() {}

  public static void main(String[] args) throws Exception {
    LocalStack stack = new LocalStack(LocalStackSettings.from(System.getenv()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping SiteHub...");
                  stack.close();
                  stopped.countDown();
                },
                "sitehub-shutdown"));
    try {
      stack.start();
    } catch (Exception e) {
      LOG.error("SiteHub did not start: {}", e.toString());
      System.exit(1);
    }
    LOG.info(banner(stack));
    stopped.await();
  }

  private static String banner(LocalStack stack) {
    String base = stack.cloud().baseUri().toString();
    return String.join(
        "\n",
        "",
        "==================================================================",
        " SiteHub is running",
        "   Web and API : " + base,
        "   API docs    : " + stack.cloud().managementUri() + "/q/swagger-ui",
        "   Health      : " + stack.cloud().managementUri() + "/q/health",
        "   MQTT broker : 127.0.0.1:" + stack.mqttPort(),
        "   Demo site   : " + LocalStack.DEMO_SITE,
        " Demo accounts (password for all: " + LocalStack.DEMO_PASSWORD + ")",
        "   homeowner, supervisor, installer, operator",
        " Try: curl -s -X POST " + base + "/api/auth/token -H 'Content-Type: application/json' \\",
        "        -d '{\"username\":\"homeowner\",\"password\":\""
            + LocalStack.DEMO_PASSWORD
            + "\"}'",
        " Press Ctrl-C to stop. Data stays in ./data for the next run.",
        "==================================================================");
  }
}
