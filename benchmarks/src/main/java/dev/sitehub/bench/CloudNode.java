package dev.sitehub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged cloud ({@code quarkus-run.jar}) as a child JVM: the artifact that ships, configured
 * only through its environment, with its output in a log file. It can be stopped, killed with
 * SIGKILL and started again with the same identity (MQTT client id), as a crashed server would be.
 */
public final class CloudNode implements AutoCloseable {
  /** Where the packaged cloud is; the build passes it as {@code -Dsitehub.cloud.jar}. */
  public static Path defaultJar() {
    return Path.of(
            System.getProperty("sitehub.cloud.jar", "cloud/target/quarkus-app/quarkus-run.jar"))
        .toAbsolutePath()
        .normalize();
  }

  private final Path jar;
  private final Path workDir;
  private final Map<String, String> env;
  private final int httpPort;
  private final int managementPort;
  private final String heap;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  /**
   * @param clientId MQTT client id; two nodes with different ids share the load
   * @param mqttPassword the cloud service password, the same for every node of one stack
   */
  public CloudNode(
      Path jar,
      Path workDir,
      Database db,
      int mqttPort,
      String clientId,
      String mqttPassword,
      String heap,
      Map<String, String> extraEnv) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "Cloud not packaged: " + jar + " is missing (build with -pl benchmarks -am)");
    }
    this.jar = jar;
    this.workDir = workDir;
    this.heap = heap;
    this.httpPort = freePort();
    this.managementPort = freePort();
    Map<String, String> e = new HashMap<>();
    e.put("SITEHUB_DB_JDBC_URL", db.jdbcUrl());
    e.put("SITEHUB_DB_REACTIVE_URL", db.reactiveUrl());
    e.put("SITEHUB_DB_USER", db.user());
    e.put("SITEHUB_DB_PASSWORD", "");
    e.put("SITEHUB_MQTT_HOST", "127.0.0.1");
    e.put("SITEHUB_MQTT_PORT", Integer.toString(mqttPort));
    e.put("SITEHUB_MQTT_PASSWORD", mqttPassword);
    e.put("SITEHUB_MQTT_CLIENT_ID", clientId);
    // Reconnect quickly after a broker restart, so fault cases finish in seconds.
    e.put("SITEHUB_MQTT_MAX_RECONNECT_DELAY", "PT1S");
    e.put("SITEHUB_DEMO_SEED", "true");
    e.put("SITEHUB_DEMO_PASSWORD", Stack.DEMO_PASSWORD);
    e.put("SITEHUB_DEMO_SITE_ID", Stack.DEMO_SITE);
    e.put("SITEHUB_AUTH_KEY_DIR", workDir.resolve("keys").toString());
    // Production never generates an evidence key; a benchmark node keeps one in its key folder.
    e.put("SITEHUB_EVIDENCE_GENERATE_KEY", "true");
    e.put("SITEHUB_MEDIA_ROOT", workDir.resolve("media").toString());
    e.putAll(extraEnv);
    this.env = e;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + httpPort);
  }

  /** The management interface: health, metrics, OpenAPI (never on the public port). */
  public URI managementUri() {
    return URI.create("http://127.0.0.1:" + managementPort);
  }

  /** Whether the node reports itself ready (database and broker) on its management interface. */
  public boolean ready() {
    return status(managementUri().resolve("/q/health/ready")) == 200;
  }

  /** Starts the process and waits until it is ready; returns the time from exec to ready. */
  public synchronized Duration start(Duration timeout) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    // Extra JVM options for profiling runs, e.g. a JFR recording (benchmarks/README.md).
    for (String opt : System.getProperty("bench.cloudJvm", "").trim().split("\\s+")) {
      if (!opt.isEmpty()) {
        cmd.add(opt.replace("{dir}", workDir.toAbsolutePath().toString()));
      }
    }
    cmd.add("-Dquarkus.http.port=" + httpPort);
    cmd.add("-Dquarkus.management.port=" + managementPort);
    cmd.add("-jar");
    cmd.add(jar.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("cloud.log").toFile()));
    long t0 = System.nanoTime();
    process = pb.start();
    starts++;
    awaitReady(timeout);
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "cloud exited with " + process.exitValue() + "; see " + workDir.resolve("cloud.log"));
      }
      if (ready()) {
        return;
      }
      process.waitFor(50, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException("cloud not ready within " + timeout);
  }

  /** SIGKILL: no shutdown hook runs, nothing in flight is acknowledged. */
  public synchronized void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor();
      process = null;
    }
  }

  /** A clean stop (SIGTERM), falling back to SIGKILL. */
  public synchronized void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      process = null;
    }
  }

  public synchronized long pid() {
    return process.pid();
  }

  public int starts() {
    return starts;
  }

  /** Resident memory of the process in KiB, from /proc/&lt;pid&gt;/status VmRSS. */
  public long rssKib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("no VmRSS for pid " + pid());
  }

  /** The cloud's Prometheus metrics, parsed. */
  public Metrics metrics() throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(managementUri().resolve("/q/metrics"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("/q/metrics answered " + r.statusCode());
    }
    return Metrics.parse(r.body());
  }

  /** Status code of a GET on the public port, or -1 when the node does not answer. */
  public int get(String path) {
    return status(baseUri().resolve(path));
  }

  private int status(URI uri) {
    try {
      return http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public Path log() {
    return workDir.resolve("cloud.log");
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
