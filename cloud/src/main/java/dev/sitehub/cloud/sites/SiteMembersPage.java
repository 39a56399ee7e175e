package dev.sitehub.cloud.sites;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A site's members: everyone on the site sees the list; the site's owner (or an operator) adds a
 * member by username and removes one, through the same service and checks as {@code POST} and
 * {@code DELETE /api/sites/{id}/members}.
 */
@Path("/portal/sites/{siteId}/members")
public class SiteMembersPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance members(PortalContext ctx, View view);
  }

  /** One member as the list shows them. */
  @TemplateData
  public record Member(
      String userId,
      String username,
      String name,
      boolean owner,
      boolean party,
      boolean removable) {}

  /** The page: the members, whether the viewer manages them, and the add form as it came back. */
  @TemplateData
  public record View(
      String siteId,
      String siteName,
      List<Member> members,
      boolean manages,
      String username,
      SiteMemberProblem fieldError,
      SiteMemberProblem formError) {}

  private final SiteService sites;
  private final SiteParties parties;
  private final SiteMemberships memberships;
  private final AccountService accounts;
  private final SiteAccess access;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public SiteMembersPage(
      SiteService sites,
      SiteParties parties,
      SiteMemberships memberships,
      AccountService accounts,
      SiteAccess access,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.sites = sites;
    this.parties = parties;
    this.memberships = memberships;
    this.accounts = accounts;
    this.access = access;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    return show(200, siteId, "", null, null);
  }

  /** Same roles and checks as {@code POST /api/sites/{siteId}/members}. */
  @POST
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME, Role.OPERATOR_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@PathParam("siteId") String siteId, @FormParam("username") String username) {
    access.requireMember(caller, siteId);
    String typed = username == null ? "" : username.strip();
    if (typed.isEmpty()) {
      return show(422, siteId, typed, SiteMemberProblem.REQUIRED, null);
    }
    Optional<UserAccount> user = accounts.findByUsername(typed);
    if (user.isEmpty()) {
      return show(422, siteId, typed, SiteMemberProblem.UNKNOWN_USER, null);
    }
    sites.addMember(
        siteId, user.get().userId(), caller.getSubject(), SiteAccess.isOperator(caller));
    return render.redirect("/portal/sites/" + siteId + "/members").build();
  }

  /** Same roles and checks as {@code DELETE /api/sites/{siteId}/members/{userId}}. */
  @POST
  @Path("{userId}/remove")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME, Role.OPERATOR_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("siteId") String siteId, @PathParam("userId") String userId) {
    access.requireMember(caller, siteId);
    try {
      sites.removeMember(siteId, userId, caller.getSubject(), SiteAccess.isOperator(caller));
    } catch (ProblemException e) {
      SiteMemberProblem why = SiteMemberProblem.of(e.code()).orElseThrow(() -> e);
      return show(409, siteId, "", null, why);
    }
    return render.redirect("/portal/sites/" + siteId + "/members").build();
  }

  private Response show(
      int status,
      String siteId,
      String username,
      SiteMemberProblem fieldError,
      SiteMemberProblem formError) {
    Site site = sites.get(siteId);
    String owner = sites.ownerOf(siteId);
    boolean manages = SiteAccess.isOperator(caller) || caller.getSubject().equals(owner);
    Set<String> named = parties.partiesOf(siteId);
    List<Member> members =
        memberships.membersOf(siteId).stream()
            .map(
                id -> {
                  Optional<UserAccount> u = accounts.find(id);
                  boolean isOwner = id.equals(owner);
                  boolean party = named.contains(id);
                  return new Member(
                      id,
                      u.map(UserAccount::username).orElse(id),
                      u.map(UserAccount::displayName).orElse(""),
                      isOwner,
                      party,
                      manages && !isOwner && !party);
                })
            .toList();
    View view = new View(siteId, site.name(), members, manages, username, fieldError, formError);
    return render.page(status, Templates.members(portal.context(), view));
  }
}
