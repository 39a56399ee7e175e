package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.ContractView;
import dev.sitehub.cloud.messaging.MessageView;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The business side's rows of the authorization matrix. Order matters: customer-side calls come
 * before enterprise registration, because registering binds the caller to an enterprise.
 */
final class BusinessEndpoints {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);

  private BusinessEndpoints() {}

  private static BusinessMatrix b(Ctx c) {
    return c.test().business;
  }

  /** Calls made as a customer, while the caller is bound to no enterprise. */
  private static final List<Endpoint> CUSTOMER_SIDE =
      List.of(
          new Endpoint(
              "POST",
              "/api/registrations",
              Access.PUBLIC,
              ALL,
              (c, r) ->
                  r.body(
                          Map.of(
                              "email",
                              "m" + UUID.randomUUID().toString().substring(0, 12) + "@example.com",
                              "password",
                              "long-enough-1"))
                      .post("/api/registrations")),
          new Endpoint(
              "GET", "/api/enterprises", Access.ROLE, ALL, (c, r) -> r.get("/api/enterprises")),
          new Endpoint(
              "GET",
              "/api/enterprises/{id}",
              Access.ROLE,
              ALL,
              (c, r) -> r.get("/api/enterprises/" + b(c).partner().id())),
          new Endpoint(
              "GET",
              "/api/enterprises/pending",
              Access.ROLE,
              EnumSet.of(Role.OPERATOR),
              (c, r) -> r.get("/api/enterprises/pending")),
          new Endpoint(
              "POST",
              "/api/enterprises/{id}/verification",
              Access.ROLE,
              EnumSet.of(Role.OPERATOR),
              (c, r) ->
                  r.body(Map.of("decision", "VERIFIED"))
                      .post(
                          "/api/enterprises/"
                              + b(c).pendingEnterpriseWithLicence()
                              + "/verification")),
          new Endpoint(
              "GET", "/api/me/references", Access.ROLE, ALL, (c, r) -> r.get("/api/me/references")),
          new Endpoint(
              "PUT",
              "/api/references/{referenceId}/consent",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(Map.of("consent", true))
                      .put(
                          "/api/references/"
                              + b(c).reference(c.caller(), c.siteId())
                              + "/consent")),
          new Endpoint(
              "POST",
              "/api/inquiries",
              Access.ROLE,
              EnumSet.of(Role.HOMEOWNER),
              (c, r) ->
                  r.body(
                          Map.of(
                              "subject",
                              "s",
                              "body",
                              "b",
                              "enterpriseIds",
                              List.of(b(c).partner().id())))
                      .post("/api/inquiries")),
          new Endpoint(
              "GET", "/api/inquiries", Access.ROLE, ALL, (c, r) -> r.get("/api/inquiries")),
          new Endpoint(
              "GET",
              "/api/inquiries/{inquiryId}/threads/{enterpriseId}",
              Access.PARTY,
              ALL,
              (c, r) -> r.get(thread(c))),
          new Endpoint(
              "POST",
              "/api/inquiries/{inquiryId}/threads/{enterpriseId}/messages",
              Access.PARTY,
              ALL,
              (c, r) -> r.body(Map.of("body", "more?")).post(thread(c) + "/messages")),
          new Endpoint(
              "POST",
              "/api/inquiries/{inquiryId}/threads/{enterpriseId}/close",
              Access.PARTY,
              ALL,
              (c, r) -> r.post(thread(c) + "/close")),
          new Endpoint(
              "POST",
              "/api/contracts",
              Access.ROLE,
              ALL,
              (c, r) -> r.body(b(c).draftBody()).post("/api/contracts")),
          new Endpoint(
              "GET", "/api/contracts", Access.ROLE, ALL, (c, r) -> r.get("/api/contracts")),
          new Endpoint(
              "GET",
              "/api/contracts/{id}",
              Access.PARTY_OR_OPERATOR,
              ALL,
              (c, r) -> r.get("/api/contracts/" + b(c).draft(c.caller(), c.siteId()).contractId())),
          new Endpoint(
              "PUT",
              "/api/contracts/{id}",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(Map.of("scope", "Kitchen and bath"))
                      .put("/api/contracts/" + b(c).draft(c.caller(), c.siteId()).contractId())),
          new Endpoint(
              "GET",
              "/api/contracts/{id}/versions/{version}/document",
              Access.PARTY_OR_OPERATOR,
              ALL,
              (c, r) ->
                  r.get(
                      "/api/contracts/"
                          + b(c).draft(c.caller(), c.siteId()).contractId()
                          + "/versions/1/document")),
          new Endpoint(
              "POST",
              "/api/contracts/{id}/versions/{version}/signatures",
              Access.PARTY,
              ALL,
              (c, r) -> {
                ContractView v = b(c).draft(c.caller(), c.siteId());
                return r.body(Map.of("documentSha256", v.documentSha256()))
                    .post("/api/contracts/" + v.contractId() + "/versions/1/signatures");
              }),
          new Endpoint(
              "POST",
              "/api/contracts/{id}/amendments",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(Map.of("reason", "more tiles", "totalFen", 1_100_000))
                      .post(
                          "/api/contracts/"
                              + b(c).filed(c.caller(), c.siteId()).contractId()
                              + "/amendments")),
          new Endpoint(
              "GET",
              "/api/projects/{projectId}",
              Access.PARTY_OR_OPERATOR,
              ALL,
              (c, r) -> r.get("/api/projects/" + b(c).project(c.caller(), c.siteId()))),
          new Endpoint(
              "POST",
              "/api/projects/{projectId}/messages",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(Map.of("body", "hello"))
                      .post("/api/projects/" + b(c).project(c.caller(), c.siteId()) + "/messages")),
          new Endpoint(
              "GET",
              "/api/projects/{projectId}/messages",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.get("/api/projects/" + b(c).project(c.caller(), c.siteId()) + "/messages")),
          new Endpoint(
              "POST",
              "/api/projects/{projectId}/attachments",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.contentType("image/png")
                      .body(BusinessMatrix.PNG)
                      .queryParam("fileName", "crack.png")
                      .post(
                          "/api/projects/"
                              + b(c).project(c.caller(), c.siteId())
                              + "/attachments")),
          new Endpoint(
              "GET",
              "/api/projects/{projectId}/messages/{messageId}/attachment",
              Access.PARTY,
              ALL,
              (c, r) -> {
                MessageView m = b(c).attachment(c.caller(), c.siteId());
                return r.get(
                    "/api/projects/"
                        + m.projectId()
                        + "/messages/"
                        + m.messageId()
                        + "/attachment");
              }),
          new Endpoint(
              "POST",
              "/api/projects/{projectId}/messages/read",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(Map.of("upTo", 1))
                      .post(
                          "/api/projects/"
                              + b(c).project(c.caller(), c.siteId())
                              + "/messages/read")),
          new Endpoint(
              "GET", "/api/me/unread", Access.ROLE, ALL, (c, r) -> r.get("/api/me/unread")));

  /** From here on the caller administers an enterprise of their own. */
  private static final List<Endpoint> ENTERPRISE_SIDE =
      List.of(
          new Endpoint(
              "POST",
              "/api/enterprises",
              Access.ROLE,
              ALL,
              (c, r) ->
                  r.body(
                          Map.of(
                              "type", "DECORATION_COMPANY",
                              "name", "Matrix Co",
                              "creditCode", b(c).partnerCreditCode(),
                              "city", "Shanghai"))
                      .post("/api/enterprises")),
          new Endpoint(
              "POST",
              "/api/enterprises/{id}/certificates",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.contentType("application/pdf")
                      .body(BusinessFixtures.PDF)
                      .queryParam("kind", "BUSINESS_LICENCE")
                      .post(
                          "/api/enterprises/"
                              + b(c).adminEnterprise(c.caller(), c.siteId())
                              + "/certificates")),
          new Endpoint(
              "GET",
              "/api/enterprises/{id}/certificates/{certificateId}",
              Access.PARTY_OR_OPERATOR,
              ALL,
              (c, r) -> {
                String[] ec = b(c).certificate(c.caller(), c.siteId());
                return r.get("/api/enterprises/" + ec[0] + "/certificates/" + ec[1]);
              }),
          new Endpoint(
              "POST",
              "/api/enterprises/{id}/staff",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(
                          Map.of(
                              "username",
                              c.test().users.user(Role.HOMEOWNER).username(),
                              "role",
                              "PROJECT_MANAGER"))
                      .post(
                          "/api/enterprises/"
                              + b(c).adminEnterprise(c.caller(), c.siteId())
                              + "/staff")),
          new Endpoint(
              "POST",
              "/api/enterprises/{id}/references",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.body(
                          Map.of(
                              "ownerUsername",
                              c.test().users.user(Role.HOMEOWNER).username(),
                              "title",
                              "Loft"))
                      .post(
                          "/api/enterprises/"
                              + b(c).adminEnterprise(c.caller(), c.siteId())
                              + "/references")),
          new Endpoint(
              "GET",
              "/api/enterprises/{enterpriseId}/inquiries",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.get(
                      "/api/enterprises/"
                          + b(c).adminEnterprise(c.caller(), c.siteId())
                          + "/inquiries")),
          // Last: accepting an invitation re-binds the caller to another enterprise.
          new Endpoint(
              "POST",
              "/api/enterprises/{id}/staff/accept",
              Access.PARTY,
              ALL,
              (c, r) ->
                  r.post(
                      "/api/enterprises/"
                          + b(c).invitation(c.caller(), c.siteId())
                          + "/staff/accept")));

  /** The customer's contract pages sign as a customer too, so they run before registration. */
  static final List<Endpoint> ALL_ENDPOINTS =
      Stream.of(CUSTOMER_SIDE, ProjectPageRows.contractRows(), ENTERPRISE_SIDE)
          .flatMap(List::stream)
          .toList();

  private static String thread(Ctx c) {
    BusinessMatrix m = b(c);
    return "/api/inquiries/" + m.inquiry(c.caller(), c.siteId()) + "/threads/" + m.partner().id();
  }
}
