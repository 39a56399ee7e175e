package dev.sitehub.cloud.registration;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Lets people sign themselves up with an e-mail address or mobile number, through the accounts
 * model: the contact becomes the username, and the person starts as a HOMEOWNER. Staff roles come
 * later from enterprise invitations.
 */
@ApplicationScoped
class RegistrationService {
  private static final Logger LOG = Logger.getLogger(RegistrationService.class);
  private final AccountService accounts;

  public RegistrationService(AccountService accounts) {
    this.accounts = accounts;
  }

  public UserAccount register(RegisterRequest r) {
    if (r == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    ContactAddress contact = ContactAddress.parse(r.email(), r.phone());
    UserAccount user;
    try {
      user =
          accounts.register(
              contact.value(),
              r.displayName(),
              r.password(),
              Set.of(Role.HOMEOWNER),
              contact.kind() == ContactAddress.Kind.EMAIL ? contact.value() : null,
              contact.kind() == ContactAddress.Kind.PHONE ? contact.value() : null);
    } catch (ProblemException e) {
      if ("username-taken".equals(e.code())) {
        throw ProblemException.conflict("contact-taken", "this contact is already registered");
      }
      throw e;
    }
    LOG.infof("person registered user=%s via=%s", user.userId(), contact.kind());
    return user;
  }
}
