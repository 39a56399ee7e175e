package dev.sitehub.broker.acl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.broker.auth.VerifiedSecrets;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH microbenchmark of what the broker spends per PUBLISH on the ACL, and per CONNECT on the
 * secret check. Not part of the normal build: {@code mvn -Pbench -pl broker-config -am verify
 * -Dtest=AuthorizerCostBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuthorizerCostBenchmarkTest {
  private final AccessPolicy policy = new AccessPolicy(1 << 20, 1 << 18);
  private final ClientIdentity device = ClientIdentity.device("dev-0042", "site-0007");
  private final ClientIdentity cloud = ClientIdentity.cloud("sitehub-cloud", "cloud-1");
  private final String ownTelemetry = Topics.telemetry("site-0007", "dev-0042");
  private final String foreignTelemetry = Topics.telemetry("site-0007", "dev-0043");
  private final String ownFrame = Topics.frame("site-0007", "dev-0042", "cam-1");
  private final String sharedTelemetry = Topics.sharedFilter("cloud", TopicKind.TELEMETRY);
  private final String secret = DeviceSecrets.newSecret();
  private final String storedHash = DeviceSecrets.hash(secret);
  private final VerifiedSecrets remembered =
      new VerifiedSecrets(Duration.ofHours(1), Clock.systemUTC());

  @Benchmark
  public AclDecision publishOwnTelemetry() {
    return policy.mayPublish(device, ownTelemetry, 1, false, 600);
  }

  @Benchmark
  public AclDecision publishOwnFrame() {
    return policy.mayPublish(device, ownFrame, 0, false, 80_000);
  }

  @Benchmark
  public AclDecision publishForeignTelemetryDenied() {
    return policy.mayPublish(device, foreignTelemetry, 1, false, 600);
  }

  @Benchmark
  public AclDecision subscribeCloudShared() {
    return policy.maySubscribe(cloud, sharedTelemetry);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public boolean connectVerifySecret() {
    return DeviceSecrets.verify(secret, storedHash);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public boolean connectVerifyRemembered() {
    return remembered.verify("dev-0042", secret, storedHash);
  }

  @Test
  void run() throws Exception {
    Options options =
        new OptionsBuilder()
            .include(AuthorizerCostBenchmarkTest.class.getName() + ".")
            .forks(0)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .threads(1)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    for (RunResult r : results) {
      System.out.printf(
          "BENCH %s %.3f %s%n",
          r.getParams().getBenchmark(),
          r.getPrimaryResult().getScore(),
          r.getPrimaryResult().getScoreUnit());
    }
    assertThat(results).hasSize(6);
  }
}
