package dev.sitehub.cloud.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Command-line verifier: {@code VerifyChainMain [--keys=<file>] [--receipt=<line>]... <jdbc-url>
 * <media-dir> <project-id>...}. Prints one line per project and exits 0 when every chain is intact,
 * 1 when one is broken, 2 on bad usage. The URL may carry {@code user}, {@code password} and {@code
 * currentSchema} parameters. {@code --keys} names a copy of {@code GET /api/evidence/keys} kept
 * earlier: head signatures are then checked against it instead of the keys the database lists,
 * which its owner could change. Each {@code --receipt} is a head receipt a party kept; the chain of
 * its project must still hold that head.
 */
public final class VerifyChainMain {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}\\.(pdf|png|jpeg)");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private VerifyChainMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  public static int run(String[] args, PrintStream out) {
    List<String> positional = new ArrayList<>();
    Map<String, HeadReceipt> receipts = new HashMap<>();
    Optional<TrustedKeys> keysFile = Optional.empty();
    for (String a : args) {
      if (a.startsWith("--keys=")) {
        try {
          keysFile = Optional.of(TrustedKeys.of(readKeys(Path.of(a.substring(7)))));
        } catch (java.io.IOException | RuntimeException e) {
          out.println("cannot read the keys file: " + e.getMessage());
          return 2;
        }
      } else if (a.startsWith("--receipt=")) {
        Optional<HeadReceipt> r = HeadReceipt.parse(a.substring(10));
        if (r.isEmpty()) {
          out.println("not a receipt: " + a.substring(10));
          return 2;
        }
        receipts.put(r.get().projectId(), r.get());
      } else {
        positional.add(a);
      }
    }
    if (positional.size() < 3) {
      out.println(
          "usage: VerifyChainMain [--keys=<file>] [--receipt=<line>]... <jdbc-url> <media-dir>"
              + " <project-id>...");
      return 2;
    }
    return verify(positional, keysFile, receipts, out);
  }

  private static int verify(
      List<String> args,
      Optional<TrustedKeys> keysFile,
      Map<String, HeadReceipt> receipts,
      PrintStream out) {
    Path mediaDir = Path.of(args.get(1));
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
          PgConnection.connect(vertx, options(args.get(0)))
              .toCompletionStage()
              .toCompletableFuture()
              .get(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      try {
        boolean allIntact = true;
        PgRows rows = new PgRows(c);
        for (String projectId : args.subList(2, args.size())) {
          EvidenceChain.Stored stored = chain.read(rows, projectId).await().atMost(TIMEOUT);
          TrustedKeys trusted = keysFile.orElseGet(() -> TrustedKeys.of(stored.keys()));
          ChainReport r = chain.check(stored, trusted, receipts.get(projectId));
          out.println(r.summary());
          if (r.receipt() != null) {
            out.println("  receipt: " + r.receipt());
          }
          allIntact &= r.intact();
        }
        if (keysFile.isEmpty()) {
          out.println(
              "note: signatures were checked against the keys the database lists;"
                  + " pass --keys=<file> with a kept copy of /api/evidence/keys to rely on none of it");
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

  /** The keys in a saved copy of {@code GET /api/evidence/keys} (a JSON array). */
  static List<PublishedKey> readKeys(Path file) throws java.io.IOException {
    return new ObjectMapper()
        .readValue(Files.readAllBytes(file), new TypeReference<List<PublishedKey>>() {});
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
