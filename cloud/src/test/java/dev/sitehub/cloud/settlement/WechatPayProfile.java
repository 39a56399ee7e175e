package dev.sitehub.cloud.settlement;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The cloud with WeChat Pay as its provider, pointed at a {@link WechatPaySimulator}. */
public class WechatPayProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Simulator.class));
  }

  /** Starts the simulator before the cloud and hands it to the test's field of its type. */
  public static class Simulator implements QuarkusTestResourceLifecycleManager {
    private WechatPaySimulator sim;

    @Override
    public Map<String, String> start() {
      try {
        sim = new WechatPaySimulator();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      return sim.config();
    }

    @Override
    public void inject(TestInjector injector) {
      injector.injectIntoFields(sim, new TestInjector.MatchesType(WechatPaySimulator.class));
    }

    @Override
    public void stop() {
      if (sim != null) {
        sim.close();
      }
    }
  }
}
