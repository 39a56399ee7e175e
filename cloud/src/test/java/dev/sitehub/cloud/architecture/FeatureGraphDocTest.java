package dev.sitehub.cloud.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the feature graph in docs/architecture.md ("Who asks whom") is the graph of the
 * code: every documented arrow is a real dependency and every real dependency is documented, so the
 * picture a new engineer reads cannot drift from the imports.
 */
class FeatureGraphDocTest {
  private static final Path DOC = Path.of("../docs/architecture.md");

  /** Used by nearly every feature, so the document leaves them out of the picture. */
  private static final Set<String> LEFT_OUT = Set.of("common", "portal", "accounts", "attachments");

  private static final Pattern ARROW = Pattern.compile("^\\s*([a-z]+) --> ([a-z &]+)$");

  @Test
  void documentedGraph_equalsDependenciesOfTheCode() throws IOException {
    Set<String> documented = documented();
    assertThat(documented).hasSizeGreaterThan(20);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(actual());
  }

  static Set<String> actual() {
    Set<String> edges = new TreeSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureTest.ROOT)) {
      String from = feature(c);
      if (from == null || LEFT_OUT.contains(from)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = feature(d.getTargetClass());
        if (to != null && !to.equals(from) && !LEFT_OUT.contains(to)) {
          edges.add(from + " -> " + to);
        }
      }
    }
    return edges;
  }

  static Set<String> documented() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("```mermaid\nflowchart TB\n");
    assertThat(start).as("the feature graph block in %s", DOC).isNotNegative();
    String block = doc.substring(start, doc.indexOf("```\n", start + 10));
    Set<String> edges = new TreeSet<>();
    for (String line : block.split("\n")) {
      Matcher m = ARROW.matcher(line);
      if (m.matches()) {
        for (String to : m.group(2).split("&")) {
          edges.add(m.group(1) + " -> " + to.trim());
        }
      }
    }
    return edges;
  }

  private static String feature(JavaClass c) {
    String pkg = c.getPackageName();
    String prefix = ArchitectureTest.ROOT + ".";
    if (!pkg.startsWith(prefix)) {
      return null;
    }
    String rest = pkg.substring(prefix.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
