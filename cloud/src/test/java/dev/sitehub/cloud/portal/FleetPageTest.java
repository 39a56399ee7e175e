package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.sites.CreateSiteRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's fleet page end to end: a real (simulated, Pi4J mock) edge agent on the embedded
 * broker answers the restart and configuration commands sent from the page; the cloud stores each
 * answer from the command-result topic and the page shows command, time, sender and result in the
 * viewer's language.
 */
@QuarkusTest
class FleetPageTest {
  @Inject TestUsers users;
  @Inject SiteService sites;
  @Inject DeviceService devices;

  @ConfigProperty(name = "sitehub.mqtt.port")
  int brokerPort;

  @TempDir Path agentDir;

  private SimulatedSite agent;

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
  }

  private String fleet(PortalSession s, String lang) {
    return s.browser()
        .header("Accept-Language", lang)
        .get("/portal/fleet")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void commands_agentAnswers_resultsStoredAndShownInBothLanguages() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site =
        sites.create(
            new CreateSiteRequest("Fleet flat", "8 Fleet Road", "Asia/Shanghai"),
            installer.userId());
    String claim = devices.createClaim(site.siteId(), null).code();
    agent =
        SimulatedSite.start(
            SimulationOptions.withClaimCode("127.0.0.1", brokerPort, claim, agentDir));
    String box = agent.deviceId();
    // The box subscribes to its command topic when its uplink connects; a command sent before
    // that has no subscriber yet (the box keeps no session before its first connect).
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.agent().uplink().isConnected());
    PortalSession s = PortalSession.of(installer);
    String base = "/portal/fleet/" + site.siteId() + "/" + box;

    // A key the agent refuses to change remotely: it answers REJECTED, naming the key.
    String fragment =
        s.htmx()
            .formParam("settings", "broker.host=evil.example")
            .post(base + "/config")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(fragment).contains("id=\"box-" + site.siteId() + "-" + box + "\"");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fleet(s, "en").contains("data-command-state=\"REJECTED\""));

    s.htmx().post(base + "/restart").then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fleet(s, "en").contains("data-command-state=\"OK\""));

    String en = fleet(s, "en");
    assertThat(en)
        .contains("Configuration push <code>broker.host=evil.example</code>")
        .contains("Refused by the box")
        .contains("cannot be changed remotely")
        .contains("Restart")
        .contains("Done")
        .contains("restarting")
        .contains("<td>" + installer.displayName() + "</td>")
        .doesNotContain("<td>" + installer.userId() + "</td>")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    String zh = fleet(s, "zh-CN");
    assertThat(zh)
        .contains("我的设备")
        .contains("推送配置 <code>broker.host=evil.example</code>")
        .contains("设备拒绝")
        .contains("已完成")
        .containsPattern("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}</td>")
        .doesNotContain(" AM")
        .doesNotContain(" PM");
  }

  @Test
  void pushConfig_badText_422ErrorUnderFieldTextKept() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    String claim = devices.createClaim(site.siteId(), null).code();
    String box =
        devices
            .provision(
                "fleet-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                new dev.sitehub.protocol.message.ProvisionRequest("r", claim, "hw-fleet", "1"))
            .deviceId();
    PortalSession s = PortalSession.of(installer);
    String html =
        s.htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("settings", "heartbeat.seconds")
            .post("/portal/fleet/" + site.siteId() + "/" + box + "/config")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("aria-invalid=\"true\"")
        .contains("每行须为 key=value")
        .contains(">heartbeat.seconds</textarea>");
    String empty =
        s.htmx()
            .header("Accept-Language", "en")
            .formParam("settings", " ")
            .post("/portal/fleet/" + site.siteId() + "/" + box + "/config")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(empty).contains("Please type at least one setting as key=value.");
  }

  @Test
  void restart_installerNotOnSite_403() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site theirs = users.siteWith(users.user(Role.INSTALLER));
    String claim = devices.createClaim(theirs.siteId(), null).code();
    String box =
        devices
            .provision(
                "fleet-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                new dev.sitehub.protocol.message.ProvisionRequest("r", claim, "hw-fleet", "1"))
            .deviceId();
    PortalSession.of(installer)
        .htmx()
        .post("/portal/fleet/" + theirs.siteId() + "/" + box + "/restart")
        .then()
        .statusCode(403);
    assertThat(fleet(PortalSession.of(installer), "en")).doesNotContain(box);
  }

  @Test
  void claimCode_expiry_inSiteTimeZoneNotUtc() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site =
        sites.create(
            new CreateSiteRequest("Claim flat", "9 Claim Road", "Asia/Shanghai"),
            installer.userId());
    String html =
        PortalSession.of(installer)
            .htmx()
            .header("Accept-Language", "zh-CN")
            .post("/portal/sites/" + site.siteId() + "/devices/claims")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .containsPattern("有效期至 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}<")
        .doesNotContain("UTC");
  }
}
