package dev.sitehub.cloud;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.contracts.ContractChanges;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.ContractView;
import dev.sitehub.cloud.contracts.DraftContractRequest;
import dev.sitehub.cloud.contracts.SignRequest;
import dev.sitehub.cloud.contracts.SigningService;
import dev.sitehub.cloud.contracts.StaffRequest;
import dev.sitehub.cloud.enterprises.CertificateKind;
import dev.sitehub.cloud.enterprises.Enterprise;
import dev.sitehub.cloud.enterprises.EnterpriseDraft;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseStatus;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.enterprises.InviteStaffRequest;
import dev.sitehub.cloud.enterprises.StaffService;
import dev.sitehub.cloud.enterprises.VerificationDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds enterprises with admins and staff through the real services, for tests whose subject is
 * something else (the library, contracts, messaging). Each call uses fresh random ids.
 */
@ApplicationScoped
public class BusinessFixtures {
  public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private final TestUsers users;
  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final Ids ids;
  private final ContractService contracts;
  private final SigningService signing;

  public BusinessFixtures(
      TestUsers users,
      EnterpriseService enterprises,
      StaffService staff,
      Ids ids,
      ContractService contracts,
      SigningService signing) {
    this.contracts = contracts;
    this.signing = signing;
    this.users = users;
    this.enterprises = enterprises;
    this.staff = staff;
    this.ids = ids;
  }

  /** An enterprise, its admin and one staff member per requested role. */
  public record Company(Enterprise enterprise, UserAccount admin, Map<Role, UserAccount> staff) {
    public String id() {
      return enterprise.enterpriseId();
    }
  }

  /** A random valid unified social credit code (correct GB 32100 check character). */
  public String creditCode() {
    StringBuilder b = new StringBuilder("91").append(100000 + (int) (Math.random() * 800000));
    String tail =
        ids.randomText(9)
            .toUpperCase()
            .replace('I', '1')
            .replace('O', '0')
            .replace('Z', '2')
            .replace('S', '5')
            .replace('V', '7');
    b.append(tail);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(b.charAt(i)) * WEIGHTS[i];
    }
    return b.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
  }

  public Company company(EnterpriseType type, String city, boolean verified, Role... staffRoles) {
    return company(type, "Co " + ids.randomText(6), city, "", List.of(), 3, verified, staffRoles);
  }

  public Company company(
      EnterpriseType type,
      String name,
      String city,
      String district,
      List<String> specialties,
      int priceBand,
      boolean verified,
      Role... staffRoles) {
    UserAccount admin = users.user(Role.HOMEOWNER);
    Enterprise e =
        enterprises.register(
            new EnterpriseDraft(
                type, name, creditCode(), city, district, specialties, priceBand, "test"),
            admin.userId());
    Map<Role, UserAccount> people = new EnumMap<>(Role.class);
    for (Role r : staffRoles) {
      UserAccount u = users.user(Role.HOMEOWNER);
      staff.invite(
          e.enterpriseId(), admin.userId(), new InviteStaffRequest(u.username(), r, r.name()));
      staff.accept(e.enterpriseId(), u.userId());
      people.put(r, u);
    }
    if (verified) {
      enterprises.addCertificate(
          e.enterpriseId(),
          admin.userId(),
          CertificateKind.BUSINESS_LICENCE,
          "licence.pdf",
          null,
          PDF);
      e =
          enterprises.decide(
              e.enterpriseId(), new VerificationDecision(EnterpriseStatus.VERIFIED, null), null);
    }
    return new Company(e, admin, people);
  }

  /**
   * Drafts and fully signs a contract between {@code customer} and {@code deco} (which must have a
   * project manager), and returns the id of the project it creates.
   */
  public String filedProject(UserAccount customer, Company deco) {
    ContractView v =
        contracts.draft(
            new DraftContractRequest(
                null,
                deco.id(),
                null,
                null,
                null,
                new ContractChanges(
                    null,
                    "Flat " + ids.randomText(4),
                    "1 Test Road",
                    "Kitchen",
                    1_000_000L,
                    LocalDate.of(2026, 12, 1),
                    LocalDate.of(2027, 2, 1),
                    null,
                    null,
                    List.of(
                        new StaffRequest(
                            Role.PROJECT_MANAGER, deco.staff().get(Role.PROJECT_MANAGER).userId())),
                    null)),
            customer.userId());
    SigningService.Origin origin = new SigningService.Origin("127.0.0.1", "fixture");
    SignRequest sign = new SignRequest(v.documentSha256());
    signing.sign(v.contractId(), 1, sign, customer.userId(), origin);
    signing.sign(v.contractId(), 1, sign, deco.admin().userId(), origin);
    return contracts.view(v.contractId(), null, false).projectId();
  }

  public String uniqueCity() {
    return "city-" + ids.randomText(10);
  }
}
