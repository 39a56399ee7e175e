package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The public enterprise library: search by type, city and specialty in the library's own ranking
 * order, and each verified enterprise's profile (ratings, staff, past projects, reply times).
 * Anyone may browse it; unverified profiles stay visible only to operators and their own staff.
 */
@Path("/portal/enterprises")
public class EnterprisesPage {
  static final int PAGE_SIZE = 20;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance library(
        PortalContext ctx, SearchForm form, List<EnterpriseType> types, LibraryPage results);

    static native TemplateInstance profile(PortalContext ctx, EnterpriseProfile profile);
  }

  /** The search as typed, so the form shows it again above its results. */
  public record SearchForm(String type, String city, String keyword, int page) {
    public boolean hasPrevious() {
      return page > 0;
    }

    public boolean selected(EnterpriseType t) {
      return t.name().equals(type);
    }

    public boolean hasNext(LibraryPage results) {
      return (long) (page + 1) * results.size() < results.total();
    }

    public String previousQuery() {
      return pageQuery(page - 1);
    }

    public String nextQuery() {
      return pageQuery(page + 1);
    }

    /** The query string of another page of the same search. */
    private String pageQuery(int to) {
      return "type="
          + encode(type)
          + "&city="
          + encode(city)
          + "&keyword="
          + encode(keyword)
          + "&page="
          + to;
    }

    private static String encode(String s) {
      return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final LibraryService library;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public EnterprisesPage(
      LibraryService library, PortalRequest portal, PortalRender render, JsonWebToken caller) {
    this.library = library;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @PermitAll
  public Response search(
      @QueryParam("type") String type,
      @QueryParam("city") String city,
      @QueryParam("keyword") String keyword,
      @QueryParam("page") Integer page) {
    PortalContext ctx = portal.context();
    EnterpriseType t = type(type);
    String c = blank(city) ? null : city.strip();
    String k = blank(keyword) ? null : keyword.strip().toLowerCase(Locale.ROOT);
    int p = page == null || page < 0 ? 0 : Math.min(page, 1000);
    LibraryPage results =
        library.search(new LibraryQuery(t, c, null, k, null, null, null, p, PAGE_SIZE));
    SearchForm form =
        new SearchForm(t == null ? "" : t.name(), c == null ? "" : c, k == null ? "" : k, p);
    return render.page(
        200, Templates.library(ctx, form, List.of(EnterpriseType.values()), results));
  }

  @GET
  @Path("{id}")
  @PermitAll
  public Response profile(@PathParam("id") String id) {
    PortalContext ctx = portal.context();
    EnterpriseProfile profile =
        library.profile(id, ctx.userId(), ctx.signedIn() && SiteAccess.isOperator(caller));
    return render.page(Templates.profile(ctx, profile));
  }

  /** An unknown type shows every type rather than an error: the select only offers valid ones. */
  private static EnterpriseType type(String type) {
    if (blank(type)) {
      return null;
    }
    try {
      return EnterpriseType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
