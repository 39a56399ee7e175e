package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.design.DesignService;
import dev.sitehub.cloud.design.ProposalRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The design file a homeowner is asked to confirm opens from the design page: streamed with its
 * real content type and a file name, to project members only.
 */
@QuarkusTest
class DesignFileTest {
  @Inject ProjectJourney journey;
  @Inject TestUsers users;
  @Inject DesignService design;
  @Inject ProjectService projects;

  @Test
  void file_projectMember_streamedWithTypeAndNameLinkedFromPage() {
    Site s = journey.funded();
    String id =
        design
            .upload(
                projects.get(s.projectId()),
                new ProposalRequest("kitchen", "plan.png", DesignPageTest.PNG),
                s.pm().userId())
            .proposalId();
    PortalSession customer = PortalSession.of(s.customer());
    String page =
        customer
            .browser()
            .header("Accept-Language", "zh-CN")
            .get("/portal/projects/" + s.projectId() + "/design")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String file = "/portal/projects/" + s.projectId() + "/design/proposals/" + id + "/file";
    assertThat(page).contains("href=\"" + file + "\"").contains("打开或下载文件");
    Response r = customer.browser().get(file);
    r.then().statusCode(200).contentType("image/png");
    assertThat(r.header("Content-Disposition")).isEqualTo("inline; filename=\"design-v1.png\"");
    assertThat(r.asByteArray()).isEqualTo(Base64.getDecoder().decode(DesignPageTest.PNG));
    assertThat(
            PortalSession.of(users.user(Role.HOMEOWNER))
                .browser()
                .get(file)
                .then()
                .extract()
                .statusCode())
        .isEqualTo(403);
  }
}
