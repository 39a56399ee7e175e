package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.enterprises.Enterprise;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns requests into validated {@link ContractTerms}: resolves and checks the parties (right type,
 * verified), the named staff (active in a party enterprise, in their role), and the payment plan.
 * Every refusal is a typed problem.
 */
@ApplicationScoped
class TermsResolver {
  static final int MAX_TEXT = 300;
  static final int MAX_SCOPE = 20_000;
  static final int MAX_SUPPLIERS = 10;

  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final AccountService accounts;

  public TermsResolver(EnterpriseService enterprises, StaffService staff, AccountService accounts) {
    this.enterprises = enterprises;
    this.staff = staff;
    this.accounts = accounts;
  }

  /** The parties of a new contract, in signing order: customer first. */
  List<Party> parties(DraftContractRequest r, String customerId) {
    UserAccount customer =
        accounts
            .find(customerId)
            .orElseThrow(() -> ProblemException.badRequest("unknown-user", "no such customer"));
    if (staff.activeMembership(customerId).isPresent()) {
      throw ProblemException.badRequest(
          "invalid-customer", "the customer must be a private person, not enterprise staff");
    }
    List<Party> parties = new ArrayList<>();
    parties.add(new Party(PartyKind.CUSTOMER, customer.userId(), customer.displayName(), null));
    if (r.decorationCompanyId() == null) {
      throw ProblemException.badRequest(
          "decoration-company-required", "a contract needs a decoration company");
    }
    parties.add(party(PartyKind.DECORATION_COMPANY, r.decorationCompanyId()));
    if (r.designCompanyId() != null) {
      parties.add(party(PartyKind.DESIGN_COMPANY, r.designCompanyId()));
    }
    if (r.supervisionCompanyId() != null) {
      parties.add(party(PartyKind.SUPERVISION_COMPANY, r.supervisionCompanyId()));
    }
    List<String> suppliers = r.supplierIds() == null ? List.of() : r.supplierIds();
    if (suppliers.size() > MAX_SUPPLIERS) {
      throw ProblemException.badRequest(
          "invalid-parties", "at most " + MAX_SUPPLIERS + " suppliers");
    }
    for (String s : new LinkedHashSet<>(suppliers)) {
      parties.add(party(PartyKind.MATERIAL_SUPPLIER, s));
    }
    Set<String> ids = new HashSet<>();
    for (Party p : parties) {
      if (!ids.add(p.id())) {
        throw ProblemException.badRequest(
            "invalid-parties", "an enterprise can take only one capacity in a contract");
      }
    }
    return parties;
  }

  private Party party(PartyKind kind, String enterpriseId) {
    Enterprise e = enterprises.requireChoosable(enterpriseId, kind.enterpriseType());
    String address =
        String.join(
                " ",
                java.util.stream.Stream.of(e.city(), e.district())
                    .filter(x -> x != null && !x.isBlank())
                    .toList())
            .strip();
    return new Party(
        kind, e.enterpriseId(), e.name(), e.creditCode(), address.isEmpty() ? null : address);
  }

  /** Applies {@code c} on top of {@code base} (or the template) and validates the result. */
  ContractTerms terms(
      List<Party> parties, ContractTerms base, ContractChanges c, boolean amendment) {
    ContractChanges ch =
        c == null
            ? new ContractChanges(null, null, null, null, null, null, null, null, null, null, null)
            : c;
    ContractProvisions provisions =
        ContractClauseRules.check(
            ch.provisions() != null
                ? ch.provisions()
                : base == null ? ContractProvisions.defaults() : base.provisions());
    String title = pick(ch.title(), base == null ? ContractTemplate.TITLE : base.title());
    String siteName = pick(ch.siteName(), base == null ? null : base.siteName());
    String siteAddress = pick(ch.siteAddress(), base == null ? null : base.siteAddress());
    String scope = pick(ch.scope(), base == null ? null : base.scope());
    Long total = ch.totalFen() != null ? ch.totalFen() : base == null ? null : base.totalFen();
    LocalDate start =
        ch.startDate() != null ? ch.startDate() : base == null ? null : base.startDate();
    LocalDate end = ch.endDate() != null ? ch.endDate() : base == null ? null : base.endDate();
    int retention =
        ch.retentionBp() != null
            ? ch.retentionBp()
            : base == null ? ContractTemplate.RETENTION_BP : base.retentionBp();
    List<StageShare> stages =
        ch.stages() != null
            ? ch.stages()
            : base == null
                ? ContractTemplate.STAGES
                : base.stages().stream()
                    .map(
                        s ->
                            new StageShare(
                                s.name(), s.shareBp(), s.type() == null ? null : s.type().name()))
                    .toList();
    List<NamedStaff> named =
        ch.staff() != null
            ? staff(parties, ch.staff())
            : base == null ? staff(parties, List.of()) : base.staff();
    String reason = null;
    if (amendment) {
      reason = required("reason", ch.reason(), MAX_TEXT);
    }
    if (total == null) {
      throw ProblemException.badRequest("invalid-total", "total must be a positive amount in fen");
    }
    if (start == null || end == null || end.isBefore(start)) {
      throw ProblemException.badRequest(
          "invalid-dates", "start and end dates are required, and end may not precede start");
    }
    List<StagePayment> plan = PaymentPlan.split(total, stages, retention);
    return new ContractTerms(
        ContractTemplate.ID,
        required("title", title, MAX_TEXT),
        required("siteName", siteName, MAX_TEXT),
        required("siteAddress", siteAddress, MAX_TEXT),
        parties,
        named,
        required("scope", scope, MAX_SCOPE),
        total,
        start,
        end,
        retention,
        plan,
        reason,
        provisions);
  }

  private List<NamedStaff> staff(List<Party> parties, List<StaffRequest> requests) {
    Map<String, Party> byEnterprise =
        parties.stream()
            .filter(p -> p.kind() != PartyKind.CUSTOMER)
            .collect(Collectors.toMap(Party::id, p -> p));
    List<NamedStaff> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (StaffRequest r : requests) {
      if (r == null || r.role() == null || r.userId() == null) {
        throw ProblemException.badRequest(
            "invalid-staff", "each named staff needs role and userId");
      }
      StaffMember m =
          staff
              .activeMembership(r.userId())
              .filter(s -> byEnterprise.containsKey(s.enterpriseId()))
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "staff-not-in-party",
                          r.userId() + " does not work for a party enterprise"));
      if (m.role() != r.role()) {
        throw ProblemException.badRequest(
            "staff-role-mismatch", r.userId() + " is a " + m.role() + ", not a " + r.role());
      }
      if (!seen.add(r.role() + "/" + r.userId())) {
        throw ProblemException.badRequest("invalid-staff", "staff named twice for one role");
      }
      out.add(new NamedStaff(r.role(), m.userId(), m.displayName(), m.enterpriseId()));
    }
    if (out.stream().noneMatch(s -> s.role() == Role.PROJECT_MANAGER)) {
      throw ProblemException.badRequest(
          "project-manager-required", "name the decoration company's project manager");
    }
    return out;
  }

  private static String pick(String change, String current) {
    return change != null ? change : current;
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw ProblemException.badRequest(
          "invalid-" + field, field + " must be 1-" + max + " characters");
    }
    return value.strip();
  }
}
