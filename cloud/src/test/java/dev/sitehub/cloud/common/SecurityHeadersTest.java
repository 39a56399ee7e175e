package dev.sitehub.cloud.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hardening headers on what a browser loads from the cloud: a page, a static script, an API
 * answer and an error, through the real HTTP server.
 */
@QuarkusTest
class SecurityHeadersTest {

  @Test
  void everyKindOfResponse_carriesNosniffFramingReferrerAndPolicy() {
    for (String path :
        new String[] {
          "/portal/enterprises",
          "/portal/register",
          "/portal/assets/portal.js",
          "/api/no-such-thing"
        }) {
      Response r = given().redirects().follow(false).get(path);
      assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(r.header("Content-Security-Policy"))
          .as(path)
          .contains("script-src 'self';")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-eval");
    }
  }

  /**
   * The policy forbids eval, which htmx needs for hx-trigger filters ("every 3s [cond]"), hx-on and
   * js: values; under the policy a filter silently counts as true. None may appear in a template.
   */
  @Test
  void templates_useNoHtmxFeatureThatNeedsEval() throws IOException {
    Pattern needsEval =
        Pattern.compile("hx-trigger=\"[^\"]*\\[|hx-on[:-]|hx-vals=\"js:|javascript:|<script>");
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      List<String> offenders =
          files
              .filter(f -> f.toString().endsWith(".html"))
              .filter(f -> needsEval.matcher(read(f)).find())
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void portalPage_policyForbidsInlineScriptAndForeignOrigins() {
    String policy = given().get("/portal/enterprises").header("Content-Security-Policy");
    assertThat(policy).startsWith("default-src 'self';");
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertThat(scripts.substring(0, scripts.indexOf(';'))).isEqualTo("script-src 'self'");
  }
}
