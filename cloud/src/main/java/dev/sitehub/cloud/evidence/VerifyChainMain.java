package dev.sitehub.cloud.evidence;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Command-line verifier: {@code VerifyChainMain <jdbc-url> <media-dir> <project-id>...}. Prints one
 * line per project and exits 0 when every chain is intact, 1 when one is broken, 2 on bad usage.
 */
public final class VerifyChainMain {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}\\.(pdf|png|jpeg)");

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
            StandardSources.all(),
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
    boolean allIntact = true;
    try (Connection c = DriverManager.getConnection(args[0])) {
      for (int i = 2; i < args.length; i++) {
        ChainReport r = chain.verify(c, args[i]);
        out.println(r.summary());
        allIntact &= r.intact();
      }
    } catch (SQLException e) {
      out.println("cannot read the database: " + e.getMessage());
      return 2;
    }
    return allIntact ? 0 : 1;
  }
}
