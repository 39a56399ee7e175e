package dev.sitehub.cloud.registration;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Lets people sign themselves up with an e-mail address or mobile number, through the accounts
 * model: the contact becomes the username, and the person starts as a HOMEOWNER. Staff roles come
 * later from enterprise invitations.
 */
@ApplicationScoped
public class RegistrationService {
  private static final Logger LOG = Logger.getLogger(RegistrationService.class);
  private final AccountService accounts;
  private final AgroalDataSource db;

  public RegistrationService(AccountService accounts, AgroalDataSource db) {
    this.accounts = accounts;
    this.db = db;
  }

  public UserAccount register(RegisterRequest r) {
    if (r == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    ContactAddress contact = ContactAddress.parse(r.email(), r.phone());
    UserAccount user;
    try {
      user =
          accounts.register(contact.value(), r.displayName(), r.password(), Set.of(Role.HOMEOWNER));
    } catch (ProblemException e) {
      if ("username-taken".equals(e.code())) {
        throw ProblemException.conflict("contact-taken", "this contact is already registered");
      }
      throw e;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO user_contact (user_id, email, phone) VALUES (?, ?, ?)")) {
      ps.setString(1, user.userId());
      ps.setString(2, contact.kind() == ContactAddress.Kind.EMAIL ? contact.value() : null);
      ps.setString(3, contact.kind() == ContactAddress.Kind.PHONE ? contact.value() : null);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("store contact failed", e);
    }
    LOG.infof("person registered user=%s via=%s", user.userId(), contact.kind());
    return user;
  }
}
