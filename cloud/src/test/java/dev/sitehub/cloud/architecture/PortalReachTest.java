package dev.sitehub.cloud.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: every task the API offers, a person can do in the portal. Each state-changing
 * API operation (POST, PUT, PATCH, DELETE under {@code /api}) names the portal route that does the
 * same thing through the same service ({@link #REACHED}; the route must exist as a JAX-RS method),
 * or says why no person ever calls it ({@link #MACHINE_ONLY}), or is waiting for a helper's branch
 * ({@link #PENDING}, to shrink to nothing as branches merge). A new API operation in none of them
 * fails the build.
 *
 * <p>A central table rather than an annotation on each API method: the reach is a fact about the
 * portal, checked against the portal, and one table keeps the exceptions few and visible.
 */
class PortalReachTest {

  /** API operation to the portal page or form that reaches the same service method. */
  static final Map<String, String> REACHED = new TreeMap<>();

  /**
   * Operations no person performs by hand, each with its reason. Kept short on purpose: device
   * provisioning, broker authentication and revocation run over MQTT and the broker extension, not
   * JAX-RS, so they never appear here; a payment gateway's notification endpoint (helper
   * "wechatpay") belongs here when it lands, with its reason.
   */
  static final Map<String, String> MACHINE_ONLY = new TreeMap<>();

  /**
   * PENDING, allowed for now: operations whose portal form is another helper's work in progress
   * (value: the helper's branch), reconciled by the lead when the branches merge. Not silently
   * unchecked: each entry must still name a real API operation, and the list may only shrink.
   */
  static final Map<String, String> PENDING = new TreeMap<>();

  static {
    // --- acceptance
    reach(
        "POST /api/projects/{projectId}/stages/{seq}/acceptance/sign",
        "POST /portal/projects/{projectId}/stages/{seq}/acceptance/sign");
    // --- accounts
    reach("POST /api/me/password", "POST /portal/password");
    // --- alerts
    reach(
        "POST /api/sites/{siteId}/alerts/{id}/acknowledge",
        "POST /portal/sites/{siteId}/alerts/{id}/acknowledge");
    reach(
        "POST /api/sites/{siteId}/alerts/{id}/resolve",
        "POST /portal/sites/{siteId}/alerts/{id}/resolve");
    // --- consultation (the enterprise's side; the homeowner's side is the deals helper's)
    reach(
        "POST /api/inquiries/{inquiryId}/threads/{enterpriseId}/messages",
        "POST /portal/enterprise/{id}/inquiries/{inquiryId}/reply");
    // --- contracts
    reach(
        "POST /api/contracts/{id}/versions/{version}/signatures",
        "POST /portal/contracts/{contractId}/sign");
    // --- design
    reach(
        "POST /api/projects/{projectId}/design/proposals/{proposalId}/comments",
        "POST /portal/projects/{projectId}/design/proposals/{proposalId}/comments");
    reach(
        "POST /api/projects/{projectId}/design/proposals/{proposalId}/confirm",
        "POST /portal/projects/{projectId}/design/proposals/{proposalId}/confirm");
    // --- devices
    reach("POST /api/sites/{siteId}/claims", "POST /portal/sites/{siteId}/devices/claims");
    reach(
        "POST /api/sites/{siteId}/devices/{deviceId}/revoke",
        "POST /portal/sites/{siteId}/devices/{deviceId}/revoke");
    reach(
        "POST /api/sites/{siteId}/devices/{deviceId}/reprovision",
        "POST /portal/sites/{siteId}/devices/{deviceId}/reprovision");
    // --- enterprises
    reach("POST /api/enterprises/{id}/verification", "POST /portal/operator/verification/{id}");
    reach("PUT /api/enterprises/{id}/profile", "POST /portal/enterprise/{id}/profile");
    reach("POST /api/enterprises/{id}/staff", "POST /portal/enterprise/{id}/staff");
    reach("POST /api/enterprises/{id}/staff/accept", "POST /portal/enterprise/{id}/accept");
    // --- evaluation
    reach(
        "POST /api/projects/{projectId}/evaluations",
        "POST /portal/projects/{projectId}/evaluation");
    // --- inspections
    reach(
        "POST /api/projects/{projectId}/milestones/{seq}/inspections",
        "POST /portal/projects/{projectId}/milestones/{seq}/inspections");
    reach(
        "POST /api/projects/{projectId}/rectifications/{id}/fixed",
        "POST /portal/projects/{projectId}/rectifications/{id}/fixed");
    reach(
        "POST /api/projects/{projectId}/rectifications/{id}/close",
        "POST /portal/projects/{projectId}/rectifications/{id}/close");
    reach(
        "POST /api/projects/{projectId}/rectifications/{id}/reopen",
        "POST /portal/projects/{projectId}/rectifications/{id}/reopen");
    // --- live: the live page's script asks for its ticket with the portal session
    reach("POST /api/sites/{siteId}/live/tickets", "GET /portal/sites/{siteId}/live");
    // --- materials
    reach(
        "POST /api/projects/{projectId}/materials/bom/lines",
        "POST /portal/projects/{projectId}/materials/lines");
    reach(
        "DELETE /api/projects/{projectId}/materials/bom/lines/{lineId}",
        "POST /portal/projects/{projectId}/materials/lines/{lineId}/delete");
    reach(
        "POST /api/projects/{projectId}/materials/orders",
        "POST /portal/projects/{projectId}/materials/orders");
    for (String act : List.of("ship", "deliver", "accept", "dispute")) {
      reach(
          "POST /api/projects/{projectId}/materials/orders/{orderId}/" + act,
          "POST /portal/projects/{projectId}/materials/orders/{orderId}/" + act);
    }
    // --- messaging
    reach("POST /api/projects/{projectId}/messages", "POST /portal/projects/{projectId}/messages");
    // --- milestones
    reach(
        "PUT /api/projects/{projectId}/milestones/{seq}/plan",
        "POST /portal/projects/{projectId}/milestones/{seq}/plan");
    reach(
        "POST /api/projects/{projectId}/milestones/{seq}/start",
        "POST /portal/projects/{projectId}/milestones/{seq}/start");
    reach(
        "POST /api/projects/{projectId}/milestones/{seq}/ready",
        "POST /portal/projects/{projectId}/milestones/{seq}/ready");
    // --- registration
    reach("POST /api/registrations", "POST /portal/register");
    // --- settlement
    reach(
        "POST /api/projects/{projectId}/ledger/deposits",
        "POST /portal/projects/{projectId}/payments/deposits");
    reach(
        "POST /api/projects/{projectId}/ledger/stages/{seq}/release",
        "POST /portal/projects/{projectId}/stages/{seq}/release");
    reach(
        "POST /api/projects/{projectId}/disputes/{disputeId}/arbitration",
        "POST /portal/operator/disputes/{disputeId}/arbitration");
    // --- sitetasks (issue 18 item 2): new portal forms
    reach(
        "POST /api/projects/{projectId}/disputes",
        "POST /portal/projects/{projectId}/ledger/disputes");
    reach(
        "POST /api/projects/{projectId}/ledger/retention/release",
        "POST /portal/projects/{projectId}/ledger/retention/release");
    reach(
        "POST /api/projects/{projectId}/ledger/refunds",
        "POST /portal/projects/{projectId}/ledger/refunds");
    reach(
        "POST /api/evaluations/{evaluationId}/reply",
        "POST /portal/projects/{projectId}/evaluation/{evaluationId}/reply");
    reach("POST /api/sites/{siteId}/members", "POST /portal/sites/{siteId}/members");
    // --- merged from branch "wechatpay"
    reach("POST /api/payments/reconciliation", "POST /portal/operator/disputes/reconciliation");
    // --- merged from branch "deals"
    reach("POST /api/enterprises", "POST /portal/enterprise-registration");
    reach("POST /api/enterprises/{id}/certificates", "POST /portal/enterprise/{id}/certificates");
    reach("POST /api/inquiries", "POST /portal/inquiries");
    reach("POST /api/contracts", "POST /portal/contract-drafts");
    reach("PUT /api/me/notification-preferences", "POST /portal/me/notifications");
    reach(
        "DELETE /api/sites/{siteId}/members/{userId}",
        "POST /portal/sites/{siteId}/members/{userId}/remove");

    // --- machine-only: no person does these by hand
    MACHINE_ONLY.put(
        "POST /api/auth/token",
        "token endpoint for API clients; a person signs in at POST /portal/sign-in, which sets the"
            + " session cookie instead");
    MACHINE_ONLY.put(
        "POST /api/payments/wechatpay/notify",
        "WeChat Pay's servers call it with a signed, encrypted notification; no person has a"
            + " SiteHub account behind it");
    reach(
        "POST /api/projects/{projectId}/payments/checkouts",
        "POST /portal/projects/{projectId}/payments/deposits");
    // The operator's receiver-account form is not built yet (issue 20 leftover)
    PENDING.put("PUT /api/enterprises/{enterpriseId}/payout-account", "wechatpay");

    // --- PENDING, helper "deals": company registration and certificates, inquiries, contract
    // drafting, amending and signing, acceptance records and criteria
    PENDING.put("POST /api/inquiries/{inquiryId}/threads/{enterpriseId}/close", "deals");
    PENDING.put("PUT /api/contracts/{id}", "deals");
    PENDING.put("POST /api/contracts/{id}/amendments", "deals");
    PENDING.put("POST /api/projects/{projectId}/stages/{seq}/criteria", "deals");
    PENDING.put("POST /api/projects/{projectId}/stages/{seq}/acceptance", "deals");
    // from branch "domain": turning a default criterion off has no form yet
    PENDING.put("POST /api/projects/{projectId}/stages/{seq}/criteria/{criterionId}/off", "domain");

    // --- PENDING, this branch ("sitetasks") not yet done (issue 18 item 2 continues): alert rules,
    // quiet hours and site alert settings, snapshot-now and time-lapse requests, message
    // attachments and read marks, site create/edit, design proposal upload, enterprise references,
    // operator-created users
    for (String op :
        List.of(
            "POST /api/sites",
            "PUT /api/sites/{siteId}",
            "PUT /api/sites/{siteId}/alert-rules/{code}",
            "DELETE /api/sites/{siteId}/alert-rules/{code}",
            "PUT /api/sites/{siteId}/alert-settings",
            "PUT /api/communities/{communityId}/quiet-hours",
            "POST /api/sites/{siteId}/snapshots/requests",
            "POST /api/sites/{siteId}/timelapses",
            "POST /api/projects/{projectId}/milestones/{seq}/timelapse",
            "POST /api/projects/{projectId}/attachments",
            "POST /api/projects/{projectId}/messages/read",
            "POST /api/projects/{projectId}/design/proposals",
            "POST /api/enterprises/{id}/references",
            "PUT /api/references/{referenceId}/consent",
            "POST /api/users")) {
      PENDING.put(op, "sitetasks");
    }
  }

  private static void reach(String api, String portal) {
    REACHED.put(api, portal);
  }

  static List<Class<?>> cloud;

  @BeforeAll
  static void importResources() {
    cloud = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureTest.ROOT)) {
      if (c.isAnnotatedWith(Path.class)) {
        cloud.add(c.reflect());
      }
    }
  }

  /** Verifies that every state-changing API operation is reached, machine-only or pending. */
  @Test
  void apiOperations_eachReachedFromThePortal_orListedWithReason() {
    assertThat(PortalReach.problems(cloud, REACHED, MACHINE_ONLY, PENDING)).isEmpty();
  }

  /** Verifies that the check sees the API: it finds the operations the tables name. */
  @Test
  void apiOperations_found_includeKnownOperations() {
    assertThat(PortalReach.apiOperations(PortalReach.routes(cloud)))
        .contains("POST /api/projects/{projectId}/ledger/deposits", "POST /api/auth/token")
        .hasSizeGreaterThan(60);
  }

  /** Verifies that a new API operation without a portal form fails the check, naming it. */
  @Test
  void uncoveredOperation_addedToTheApi_isReported() {
    List<Class<?>> withNew = new ArrayList<>(cloud);
    withNew.add(Uncovered.class);

    assertThat(PortalReach.problems(withNew, REACHED, MACHINE_ONLY, PENDING))
        .singleElement()
        .asString()
        .startsWith("POST /api/uncovered/{id}/poke has no portal page or form");
  }

  /** Verifies that a reach naming a portal route that does not exist fails the check. */
  @Test
  void reach_namingMissingPortalRoute_isReported() {
    Map<String, String> reached = new TreeMap<>(REACHED);
    reached.put(
        "POST /api/projects/{projectId}/ledger/deposits", "POST /portal/nowhere/{projectId}");

    assertThat(PortalReach.problems(cloud, reached, MACHINE_ONLY, PENDING))
        .singleElement()
        .asString()
        .contains("which is no portal route");
  }

  /** Verifies that a table entry for an operation that no longer exists fails the check. */
  @Test
  void staleEntry_forRemovedOperation_isReported() {
    Map<String, String> pending = new TreeMap<>(PENDING);
    pending.put("POST /api/gone", "nobody");

    assertThat(PortalReach.problems(cloud, REACHED, MACHINE_ONLY, pending))
        .singleElement()
        .asString()
        .contains("stale entry");
  }

  /** A resource as a developer might add it, with no portal form. */
  @Path("/api/uncovered")
  static class Uncovered {
    @POST
    @Path("{id}/poke")
    public void poke() {}
  }
}
