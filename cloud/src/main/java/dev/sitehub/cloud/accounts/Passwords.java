package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Changes and resets passwords, and ends what a new password must end: the person's other sessions
 * (all of them after a reset) and any reset link still open. Answers with an {@link Outcome} rather
 * than a refusal, since both the API and the portal forms show each outcome their own way.
 */
@ApplicationScoped
public class Passwords {
  private static final Logger LOG = Logger.getLogger(Passwords.class);

  /** How a change, a reset request or a reset ended. */
  public enum Outcome {
    DONE,
    /** The current password given with a change was wrong. */
    WRONG_PASSWORD,
    /** The new password breaks the rules of registration. */
    WEAK_PASSWORD,
    /** Too many wrong passwords or reset requests: wait and try again. */
    THROTTLED,
    /** The reset link is unknown, used, replaced by a newer one or expired. */
    LINK_INVALID
  }

  private final AccountService accounts;
  private final AccountRepository users;
  private final PasswordResetRepository resets;
  private final PasswordResetMail mail;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final UnitOfWork work;
  private final Clock clock;
  private final int bcryptCost;
  private final Duration linkLifetime;
  private final SecureRandom random = new SecureRandom();

  Passwords(
      AccountService accounts,
      AccountRepository users,
      PasswordResetRepository resets,
      PasswordResetMail mail,
      Sessions sessions,
      LoginThrottle throttle,
      UnitOfWork work,
      Clock clock,
      AuthConfig config) {
    this.accounts = accounts;
    this.users = users;
    this.resets = resets;
    this.mail = mail;
    this.sessions = sessions;
    this.throttle = throttle;
    this.work = work;
    this.clock = clock;
    this.bcryptCost = config.bcryptCost().orElse(10);
    this.linkLifetime = config.reset().linkLifetime();
  }

  /** How long a reset link works, for the page that says so. */
  public Duration linkLifetime() {
    return linkLifetime;
  }

  /**
   * Changes a signed-in person's password once they give the current one, and signs out every other
   * session of theirs; {@code keepSession} (the one asking) stays. Wrong current passwords count as
   * failed sign-ins, so a stolen session cannot guess its way past the login throttle.
   */
  public Outcome change(String userId, String keepSession, String current, String next) {
    if (!strong(next)) {
      return Outcome.WEAK_PASSWORD;
    }
    Optional<UserAccount> user = accounts.find(userId);
    if (user.isEmpty() || current == null) {
      return Outcome.WRONG_PASSWORD;
    }
    String username = user.get().username();
    if (throttle.retryAfterSeconds(username) > 0) {
      LOG.infof("password change throttled user=%s", userId);
      return Outcome.THROTTLED;
    }
    if (!BcryptUtil.matches(current, user.get().passwordHash())) {
      throttle.recordFailure(username);
      LOG.infof("password change refused user=%s why=wrong-password", userId);
      return Outcome.WRONG_PASSWORD;
    }
    throttle.recordSuccess(username);
    String hash = BcryptUtil.bcryptHash(next, bcryptCost);
    Instant now = clock.instant();
    work.write(
        () ->
            users
                .setPassword(userId, hash)
                .chain(() -> resets.endAllOf(userId, "password-changed", now)));
    int ended = sessions.revokeAllBut(userId, keepSession, "password-changed");
    LOG.infof("password changed user=%s other-sessions-ended=%d", userId, ended);
    return Outcome.DONE;
  }

  /**
   * Sends a reset link to the e-mail address of the account {@code typed} names (its username or
   * address), ending the account's older links. Answers {@link Outcome#DONE} whether or not such an
   * account exists, so the answer tells nobody which accounts there are; only too many requests for
   * one typed name or from one address are refused.
   */
  public Outcome requestReset(String typed) {
    String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (throttle.resetRetryAfterSeconds(name) > 0) {
      LOG.info("password reset request throttled");
      return Outcome.THROTTLED;
    }
    throttle.recordResetRequest(name);
    Optional<UserContact> contact = work.read(() -> users.mailContact(name));
    if (contact.isEmpty()) {
      // Nothing logged that names what was typed: it may be someone's password typed by mistake.
      LOG.info("password reset requested for no account with an e-mail address");
      return Outcome.DONE;
    }
    String userId = contact.get().userId;
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    work.write(
        () ->
            resets
                .endAllOf(userId, "superseded", now)
                .chain(
                    () ->
                        resets.open(
                            new PasswordReset(
                                digest(token), userId, now, now.plus(linkLifetime)))));
    mail.send(userId, contact.get().email, token, linkLifetime);
    LOG.infof("password reset link issued user=%s", userId);
    return Outcome.DONE;
  }

  /** Whether a reset link still works (shown before the person types a new password). */
  public boolean linkOpen(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    return work.read(() -> resets.isOpen(digest(token), clock.instant()));
  }

  /**
   * Sets a new password through a reset link, which is then used up, and ends every session and
   * every other link of the account.
   */
  public Outcome reset(String token, String next) {
    if (!linkOpen(token)) {
      return Outcome.LINK_INVALID;
    }
    if (!strong(next)) {
      return Outcome.WEAK_PASSWORD;
    }
    String hash = BcryptUtil.bcryptHash(next, bcryptCost);
    Instant now = clock.instant();
    Optional<String> user =
        work.write(
            () ->
                resets
                    .use(digest(token), now)
                    .chain(
                        u ->
                            u.isEmpty()
                                ? Uni.createFrom().item(u)
                                : users
                                    .setPassword(u.get(), hash)
                                    .chain(() -> resets.endAllOf(u.get(), "password-reset", now))
                                    .replaceWith(u)));
    if (user.isEmpty()) {
      return Outcome.LINK_INVALID;
    }
    int ended = sessions.revokeAll(user.get(), "password-reset");
    LOG.infof("password reset user=%s sessions-ended=%d", user.get(), ended);
    return Outcome.DONE;
  }

  private static boolean strong(String password) {
    return password != null && password.length() >= AccountService.MIN_PASSWORD;
  }

  static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
