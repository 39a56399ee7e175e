package dev.sitehub.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Quarkus cloud running as a child JVM, so the local stack runs exactly the artifact
 * that ships. Output is inherited, so its log shows in the same terminal.
 */
final class CloudProcess implements AutoCloseable {
  private final Process process;
  private final URI baseUri;
  private final URI managementUri;

  private CloudProcess(Process process, URI baseUri, URI managementUri) {
    this.process = process;
    this.baseUri = baseUri;
    this.managementUri = managementUri;
  }

  static CloudProcess start(
      Path quarkusRunJar, int httpPort, int managementPort, Map<String, String> env)
      throws IOException {
    if (!Files.isRegularFile(quarkusRunJar)) {
      throw new IllegalStateException(
          "Cloud not built: " + quarkusRunJar + " is missing. Run the README's Run command.");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-Dquarkus.http.port=" + httpPort);
    cmd.add("-Dquarkus.management.port=" + managementPort);
    cmd.add("-jar");
    cmd.add(quarkusRunJar.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().putAll(env);
    return new CloudProcess(
        pb.start(),
        URI.create("http://localhost:" + httpPort),
        URI.create("http://127.0.0.1:" + managementPort));
  }

  URI baseUri() {
    return baseUri;
  }

  /** Health, metrics, OpenAPI and Swagger UI: the management interface, on loopback only. */
  URI managementUri() {
    return managementUri;
  }

  /** Waits until the readiness check answers 200, or fails when the process dies or time is up. */
  void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(managementUri.resolve("/q/health/ready"))
            .timeout(Duration.ofSeconds(3))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The cloud exited with code " + process.exitValue());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException("The cloud was not ready within " + timeout);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
