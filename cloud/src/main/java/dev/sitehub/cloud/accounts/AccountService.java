package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** Registers users and checks passwords, with login throttling. */
@ApplicationScoped
public class AccountService {
  private static final Logger LOG = Logger.getLogger(AccountService.class);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,64}");
  static final int MIN_PASSWORD = 8;

  private final AccountRepository repository;
  private final LoginThrottle throttle;
  private final Ids ids;
  private final int bcryptCost;
  private final UnitOfWork work;
  private final Clock clock;

  /** A hash to check against when the user does not exist, so timing does not reveal names. */
  private final String dummyHash;

  AccountService(
      AccountRepository repository,
      LoginThrottle throttle,
      Ids ids,
      AuthConfig config,
      UnitOfWork work,
      Clock clock) {
    this.work = work;
    this.clock = clock;
    this.repository = repository;
    this.throttle = throttle;
    this.ids = ids;
    this.bcryptCost = config.bcryptCost().orElse(10);
    this.dummyHash = BcryptUtil.bcryptHash("not-a-real-password", bcryptCost);
  }

  /** Creates a user; refuses bad names, short passwords, empty roles and taken names. */
  public UserAccount register(
      String username, String displayName, String password, Set<Role> roles) {
    return register(username, displayName, password, roles, null, null);
  }

  /**
   * Creates a user who signed up with an e-mail address or a mobile number (exactly one of them),
   * stored with the account in one transaction.
   */
  public UserAccount register(
      String username,
      String displayName,
      String password,
      Set<Role> roles,
      String email,
      String phone) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw ProblemException.badRequest(
          "invalid-username", "username must be 3-64 of a-z 0-9 . _ @ -");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw ProblemException.badRequest(
          "weak-password", "password must have at least " + MIN_PASSWORD + " characters");
    }
    if (roles == null || roles.isEmpty()) {
      throw ProblemException.badRequest("missing-roles", "a user needs at least one role");
    }
    UserAccount user =
        new UserAccount(
            ids.next("usr"),
            username,
            displayName == null || displayName.isBlank() ? username : displayName,
            BcryptUtil.bcryptHash(password, bcryptCost),
            roles);
    UserContact contact =
        email == null && phone == null ? null : new UserContact(user.userId(), email, phone);
    boolean stored;
    try {
      stored =
          work.write(
              () ->
                  repository
                      .usernameTaken(username)
                      .chain(
                          taken ->
                              taken
                                  ? Uni.createFrom().item(false)
                                  : repository
                                      .insert(user, contact, clock.instant())
                                      .replaceWith(true)));
    } catch (RuntimeException e) {
      // Two sign-ups with one name at the same moment: the second meets the unique index.
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
      stored = false;
    }
    if (!stored) {
      throw ProblemException.conflict("username-taken", "username already exists");
    }
    LOG.infof("user registered user=%s roles=%s", user.userId(), roles);
    return user;
  }

  /** Returns the user if the password matches; throws 401 or 429 problems otherwise. */
  public UserAccount authenticate(String username, String password) {
    if (username == null || password == null) {
      throw ProblemException.badRequest("invalid-request", "username and password are required");
    }
    long wait = throttle.retryAfterSeconds(username);
    if (wait > 0) {
      LOG.infof("login throttled username-hash=%08x", username.hashCode());
      throw new ProblemException(
          429, "login-throttled", "Too many attempts", "retry in " + wait + " s");
    }
    Optional<UserAccount> user = findByUsername(username);
    boolean ok =
        BcryptUtil.matches(password, user.map(UserAccount::passwordHash).orElse(dummyHash));
    if (!ok || user.isEmpty()) {
      throttle.recordFailure(username);
      throw new ProblemException(
          401, "bad-credentials", "Unauthorized", "wrong username or password");
    }
    throttle.recordSuccess(username);
    return user.get();
  }

  public Optional<UserAccount> find(String userId) {
    return work.read(() -> repository.findActive(userId));
  }

  public Optional<UserAccount> findByUsername(String username) {
    return work.read(() -> repository.findByUsername(username));
  }
}
