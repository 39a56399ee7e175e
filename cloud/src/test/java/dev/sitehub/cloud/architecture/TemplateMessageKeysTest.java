package dev.sitehub.cloud.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message a template shows goes through a typed bundle method ({@code {matmsg:problem(e)}},
 * {@code {projmsg:state(s)}}), which Qute checks when the app is built. A key computed at run time
 * ({@code {bundle:message(key)}}) is checked by nothing: a typo or a missing Chinese line shows up
 * only on the screen that needs it. This test fails on any such lookup.
 */
class TemplateMessageKeysTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern RUNTIME_KEY = Pattern.compile("\\{\\s*\\w+:message\\(");

  @Test
  void templates_haveNoRuntimeMessageKeys() throws IOException {
    assertThat(runtimeKeys(TEMPLATES)).isEmpty();
  }

  @Test
  void scan_findsRuntimeKey(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("page.html"), "<p>{adminmsg:message(form.formError)}</p>\n");
    Files.writeString(dir.resolve("ok.html"), "<p>{adminmsg:problem(form.formError)}</p>\n");

    assertThat(runtimeKeys(dir)).containsExactly("page.html:1");
  }

  private static List<String> runtimeKeys(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = RUNTIME_KEY.matcher(lines.get(i));
          if (m.find()) {
            found.add(root.relativize(f) + ":" + (i + 1));
          }
        }
      }
    }
    return found;
  }
}
