package dev.sitehub.cloud.alerts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

/** Starts a real in-process SMTP server (GreenMail) on a free port and points the mailer at it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

  /** Marks a test field that receives the running GreenMail. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface InjectGreenMail {}

  private GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return Map.of("quarkus.mailer.port", Integer.toString(port));
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        greenMail,
        new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
  }

  @Override
  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
