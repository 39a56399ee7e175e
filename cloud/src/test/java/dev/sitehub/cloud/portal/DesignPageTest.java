package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.design.DesignService;
import dev.sitehub.cloud.design.Proposal;
import dev.sitehub.cloud.design.ProposalRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The design confirmation page over HTTP: proposal versions with escaped notes, comments (an empty
 * one's error next to the field), confirming exactly one version, CSRF and outsiders.
 */
@QuarkusTest
class DesignPageTest {
  /** A 1x1 PNG: the upload check looks at the magic bytes. */
  static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  @Inject ProjectJourney journey;
  @Inject TestUsers users;
  @Inject DesignService design;
  @Inject ProjectService projects;

  private static String page(Site s) {
    return "/portal/projects/" + s.projectId() + "/design";
  }

  /** The project with two proposal versions; returns their ids in version order. */
  private List<String> twoProposals(Site s) {
    Project p = projects.get(s.projectId());
    String designer = s.pm().userId();
    String v1 =
        design
            .upload(p, new ProposalRequest("<b>open</b> kitchen", "a.png", PNG), designer)
            .proposalId();
    String v2 =
        design
            .upload(p, new ProposalRequest("closed kitchen", "b.png", PNG), designer)
            .proposalId();
    return List.of(v1, v2);
  }

  private List<Proposal> stored(Site s) {
    return design.list(projects.get(s.projectId()));
  }

  @Test
  void page_customer_listsVersionsEscapedWithConfirmButtons() {
    Site s = journey.funded();
    twoProposals(s);
    String html =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "en")
            .get(page(s))
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"proposal-1\"")
        .contains("id=\"proposal-2\"")
        .contains("&lt;b&gt;open&lt;/b&gt; kitchen")
        .doesNotContain("<b>open")
        .contains("id=\"confirm-1\"")
        .contains("id=\"confirm-2\"")
        .doesNotContain("id=\"design-confirmed\"");
  }

  @Test
  void comment_emptyThenScript_errorNextToFieldThenStoredEscaped() {
    Site s = journey.funded();
    List<String> ids = twoProposals(s);
    PortalSession owner = PortalSession.of(s.customer());
    String url = page(s) + "/proposals/" + ids.get(0) + "/comments";
    String bad =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .formParam("text", "   ")
            .post(url)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(bad)
        .contains("aria-describedby=\"comment-1-error\"")
        .contains("<p class=\"field-error\" id=\"comment-1-error\">Please fill in this field.</p>")
        .doesNotContain("comment-2-error");
    String ok =
        owner
            .htmx()
            .formParam("text", "<script>alert(1)</script> more light")
            .post(url)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(ok)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; more light")
        .doesNotContain("<script>alert");
    assertThat(stored(s).get(0).comments()).hasSize(1);
  }

  @Test
  void confirm_customer_confirmedOnceAndNoMoreButtons() {
    Site s = journey.funded();
    List<String> ids = twoProposals(s);
    PortalSession owner = PortalSession.of(s.customer());
    String html =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .post(page(s) + "/proposals/" + ids.get(1) + "/confirm")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("Version 2 is the confirmed design.")
        .doesNotContain("id=\"confirm-1\"")
        .doesNotContain("id=\"confirm-2\"");
    assertThat(stored(s)).extracting(Proposal::confirmed).containsExactly(false, true);
    String again =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .post(page(s) + "/proposals/" + ids.get(0) + "/confirm")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(again).contains("design is already confirmed.");
    assertThat(stored(s)).extracting(Proposal::confirmed).containsExactly(false, true);
  }

  @Test
  void page_otherHomeownerOrNoCsrf_403AndNothingChanged() {
    Site s = journey.funded();
    List<String> ids = twoProposals(s);
    PortalSession other = PortalSession.of(users.user(Role.HOMEOWNER));
    other.browser().get(page(s)).then().statusCode(403).contentType("text/html");
    other.htmx().post(page(s) + "/proposals/" + ids.get(0) + "/confirm").then().statusCode(403);
    PortalSession owner = PortalSession.of(s.customer());
    owner.browser().post(page(s) + "/proposals/" + ids.get(0) + "/confirm").then().statusCode(403);
    owner
        .browser()
        .formParam("text", "hi")
        .post(page(s) + "/proposals/" + ids.get(0) + "/comments")
        .then()
        .statusCode(403);
    assertThat(stored(s)).allMatch(p -> !p.confirmed() && p.comments().isEmpty());
  }

  @Test
  void timeline_customer_linksContractDesignAndEvaluation() {
    Site s = journey.funded();
    String contractId = projects.get(s.projectId()).contractId();
    String html =
        PortalSession.of(s.customer())
            .browser()
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("href=\"/portal/contracts/" + contractId + "\" id=\"open-contract\"")
        .contains("href=\"" + page(s) + "\" id=\"open-design\"")
        .contains(
            "href=\"/portal/projects/" + s.projectId() + "/evaluation\" id=\"open-evaluation\"");
  }
}
