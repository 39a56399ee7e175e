package dev.sitehub.cloud.portal;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Turns a page's template into the HTTP answer, the same way for every portal page: in the viewer's
 * language, as UTF-8 html, with the given status, and for htmx requests the fragment the page swaps
 * instead of the whole page.
 */
@ApplicationScoped
public class PortalRender {
  private final PortalRequest request;

  public PortalRender(PortalRequest request) {
    this.request = request;
  }

  /** The whole page, 200. */
  public Response page(TemplateInstance page) {
    return html(200, page);
  }

  /** The whole page with {@code status}, for htmx requests too (the page has no fragment). */
  public Response page(int status, TemplateInstance page) {
    return html(status, page);
  }

  /** The fragment for htmx requests, the whole page otherwise. */
  public Response page(int status, TemplateInstance page, TemplateInstance fragment) {
    return html(status, request.htmx() ? fragment : page);
  }

  /** Only the fragment, whoever asked: the page posts it with htmx and swaps it in place. */
  public Response fragment(int status, TemplateInstance fragment) {
    return html(status, fragment);
  }

  /**
   * After a successful form post: htmx gets the refreshed fragment, a plain post is sent back to
   * {@code location} (post/redirect/get), so a reload does not post again.
   */
  public Response done(TemplateInstance fragment, URI location) {
    if (request.htmx()) {
      return html(200, fragment);
    }
    return Response.seeOther(location).build();
  }

  /** Goes to {@code target}: htmx follows HX-Redirect, a plain form post follows 303. */
  public Response.ResponseBuilder redirect(String target) {
    if (request.htmx()) {
      return Response.ok().header("HX-Redirect", target);
    }
    return Response.seeOther(URI.create(target));
  }

  /** Whether htmx sent the request. */
  public boolean htmx() {
    return request.htmx();
  }

  private Response html(int status, TemplateInstance t) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(t.setLocale(request.locale()).render())
        .build();
  }
}
