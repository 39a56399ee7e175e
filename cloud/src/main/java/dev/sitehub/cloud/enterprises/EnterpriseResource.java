package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The enterprise library: registration, verification, certificates, staff and profiles. */
@Path("/api")
@Tag(name = "enterprises")
public class EnterpriseResource {
  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final LibraryService library;
  private final EnterpriseRatings ratings;
  private final JsonWebToken caller;

  public EnterpriseResource(
      EnterpriseService enterprises,
      StaffService staff,
      LibraryService library,
      EnterpriseRatings ratings,
      JsonWebToken caller) {
    this.enterprises = enterprises;
    this.staff = staff;
    this.library = library;
    this.ratings = ratings;
    this.caller = caller;
  }

  /** Registers an enterprise; the caller becomes its admin (effective at next sign-in). */
  @POST
  @Path("enterprises")
  @RolesAllowed("**")
  public Response register(EnterpriseDraft draft) {
    Enterprise e = enterprises.register(draft, caller.getSubject());
    return Response.status(201).entity(EnterpriseView.of(e, ratings.rating())).build();
  }

  @GET
  @Path("enterprises")
  @RolesAllowed("**")
  public LibraryPage search(
      @QueryParam("type") String type,
      @QueryParam("city") String city,
      @QueryParam("district") String district,
      @QueryParam("specialty") String specialty,
      @QueryParam("minPriceBand") Integer minPriceBand,
      @QueryParam("maxPriceBand") Integer maxPriceBand,
      @QueryParam("minRating") Double minRating,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return library.search(
        new LibraryQuery(
            type(type),
            blankToNull(city),
            blankToNull(district),
            specialty == null || specialty.isBlank()
                ? null
                : specialty.strip().toLowerCase(Locale.ROOT),
            minPriceBand,
            maxPriceBand,
            minRating,
            page,
            size));
  }

  @GET
  @Path("enterprises/pending")
  @RolesAllowed(Role.OPERATOR_NAME)
  public List<EnterpriseView> pending() {
    return enterprises.pending().stream().map(e -> EnterpriseView.of(e, ratings.rating())).toList();
  }

  @GET
  @Path("enterprises/{id}")
  @RolesAllowed("**")
  public EnterpriseProfile profile(@PathParam("id") String id) {
    return library.profile(id, caller.getSubject(), SiteAccess.isOperator(caller));
  }

  @POST
  @Path("enterprises/{id}/verification")
  @RolesAllowed(Role.OPERATOR_NAME)
  public EnterpriseView decide(@PathParam("id") String id, VerificationDecision decision) {
    return EnterpriseView.of(
        enterprises.decide(id, decision, caller.getSubject()), ratings.rating());
  }

  /** Uploads a certificate as the raw request body (PDF, PNG or JPEG). */
  @POST
  @Path("enterprises/{id}/certificates")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed("**")
  public Response upload(
      @PathParam("id") String id,
      @QueryParam("kind") String kind,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Type") String contentType,
      byte[] body) {
    CertificateKind k;
    try {
      k = kind == null ? null : CertificateKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      k = null;
    }
    CertificateView v =
        enterprises.addCertificate(id, caller.getSubject(), k, fileName, contentType, body);
    return Response.status(201).entity(v).build();
  }

  @GET
  @Path("enterprises/{id}/certificates/{certificateId}")
  @RolesAllowed("**")
  public Response certificate(
      @PathParam("id") String id, @PathParam("certificateId") String certificateId) {
    boolean insider =
        SiteAccess.isOperator(caller)
            || staff
                .activeMembership(caller.getSubject())
                .filter(m -> m.enterpriseId().equals(id))
                .isPresent();
    if (!insider) {
      throw ProblemException.forbidden(
          "certificate-access-denied", "certificates are for operators and the enterprise");
    }
    EnterpriseService.CertificateFile f = enterprises.certificateFile(id, certificateId);
    return Response.ok(f.content(), f.mediaType()).build();
  }

  /** The admin replaces the editable profile fields; same rules as the workspace page. */
  @PUT
  @Path("enterprises/{id}/profile")
  @RolesAllowed("**")
  public EnterpriseView updateProfile(@PathParam("id") String id, UpdateProfileRequest request) {
    return EnterpriseView.of(
        enterprises.updateProfile(id, caller.getSubject(), request), ratings.rating());
  }

  @POST
  @Path("enterprises/{id}/staff")
  @RolesAllowed("**")
  public Response invite(@PathParam("id") String id, InviteStaffRequest request) {
    StaffMember m = staff.invite(id, caller.getSubject(), request);
    return Response.status(201).entity(m).build();
  }

  @POST
  @Path("enterprises/{id}/staff/accept")
  @RolesAllowed("**")
  public StaffMember accept(@PathParam("id") String id) {
    return staff.accept(id, caller.getSubject());
  }

  @POST
  @Path("enterprises/{id}/references")
  @RolesAllowed("**")
  public Response addReference(@PathParam("id") String id, AddReferenceRequest request) {
    return Response.status(201)
        .entity(library.addReference(id, caller.getSubject(), request))
        .build();
  }

  @GET
  @Path("me/references")
  @RolesAllowed("**")
  public List<ReferenceView> myReferences() {
    return library.referencesOfOwner(caller.getSubject());
  }

  @PUT
  @Path("references/{referenceId}/consent")
  @RolesAllowed("**")
  public Response consent(@PathParam("referenceId") String referenceId, ConsentRequest request) {
    library.consent(referenceId, caller.getSubject(), request != null && request.consent());
    return Response.noContent().build();
  }

  private static EnterpriseType type(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    try {
      return EnterpriseType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "invalid-enterprise-type", "unknown enterprise type " + type);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
