package dev.sitehub.cloud.evidence;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Command-line verifier: {@code VerifyChainMain <jdbc-url> <media-dir> <project-id>...}. Prints one
 * line per project and exits 0 when every chain is intact, 1 when one is broken, 2 on bad usage.
 * The URL may carry {@code user}, {@code password} and {@code currentSchema} parameters.
 */
public final class VerifyChainMain {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}\\.(pdf|png|jpeg)");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private VerifyChainMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  public static int run(String[] args, PrintStream out) {
    if (args.length < 3) {
      out.println("usage: VerifyChainMain <jdbc-url> <media-dir> <project-id>...");
      return 2;
    }
    Path mediaDir = Path.of(args[1]);
    EvidenceChain chain =
        new EvidenceChain(
            EvidenceSources.installed(),
            key -> {
              if (key == null || !KEY.matcher(key).matches()) {
                return Optional.empty();
              }
              try {
                Path f = mediaDir.resolve(key);
                return Files.exists(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
              } catch (java.io.IOException e) {
                return Optional.empty();
              }
            });
    Vertx vertx = Vertx.vertx();
    try {
      PgConnection c =
          PgConnection.connect(vertx, options(args[0]))
              .toCompletionStage()
              .toCompletableFuture()
              .get(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      try {
        boolean allIntact = true;
        PgRows rows = new PgRows(c);
        for (int i = 2; i < args.length; i++) {
          ChainReport r = chain.check(chain.read(rows, args[i]).await().atMost(TIMEOUT));
          out.println(r.summary());
          allIntact &= r.intact();
        }
        return allIntact ? 0 : 1;
      } finally {
        c.close();
      }
    } catch (Exception e) {
      out.println("cannot read the database: " + e.getMessage());
      return 2;
    } finally {
      vertx.close();
    }
  }

  /** Connection options from a JDBC-style PostgreSQL URL. */
  static PgConnectOptions options(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl);
    PgConnectOptions o =
        new PgConnectOptions()
            .setHost(uri.getHost())
            .setPort(uri.getPort() < 0 ? 5432 : uri.getPort())
            .setDatabase(uri.getPath().replaceFirst("^/", ""));
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v =
            eq < 0
                ? ""
                : java.net.URLDecoder.decode(
                    pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
        switch (k) {
          case "user" -> o.setUser(v);
          case "password" -> o.setPassword(v);
          case "currentSchema" -> o.addProperty("search_path", v);
          default -> {}
        }
      }
    }
    return o;
  }
}
