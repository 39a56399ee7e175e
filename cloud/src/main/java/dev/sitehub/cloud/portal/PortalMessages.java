package dev.sitehub.cloud.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts in English; msg_zh_CN.properties holds the Chinese ones under the same keys.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PortalMessages {
  @Message("SiteHub")
  String appName();

  @Message("Skip to content")
  String skipToContent();

  @Message("Language")
  String language();

  @Message("Sign in")
  String signIn();

  @Message("Sign out")
  String signOut();

  @Message("Sign in to SiteHub")
  String signInTitle();

  @Message("Watch your renovation site from your phone.")
  String signInIntro();

  @Message("Username")
  String username();

  @Message("Password")
  String password();

  @Message("No account yet?")
  String noAccount();

  @Message("Register")
  String register();

  /** Why the sign-in form came back; msg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(SignInProblem problem);

  @Message("Forgot your password?")
  String forgotPassword();

  @Message("Password")
  String passwordLink();

  @Message("Change password")
  String passwordChangeTitle();

  @Message("You stay signed in here; every other device is signed out.")
  String passwordChangeIntro();

  @Message("Change password")
  String passwordChangeButton();

  @Message("Your password has been changed. Every other device has been signed out.")
  String passwordChanged();

  @Message("Current password")
  String currentPassword();

  @Message("New password (at least 8 characters)")
  String newPassword();

  @Message("New password again")
  String confirmPassword();

  @Message("Reset your password")
  String forgotTitle();

  @Message(
      "Enter the e-mail address or username of your account. If the account has an e-mail"
          + " address, we send it a link to set a new password.")
  String forgotIntro();

  @Message("E-mail address or username")
  String resetAccount();

  @Message("Send the link")
  String resetSend();

  @Message(
      "If an account with an e-mail address matches, a link is on its way to it. The link works"
          + " once, within {minutes} minutes.")
  String resetSent(long minutes);

  @Message("Set a new password")
  String resetTitle();

  @Message("Set the password")
  String resetButton();

  @Message(
      "Your new password is set and every device has been signed out. Sign in with the new"
          + " password.")
  String resetDone();

  @Message("This link does not work: it is wrong, has expired, or was already used.")
  String errLinkInvalid();

  @Message("Ask for a new link")
  String resetAskAgain();

  @Message("Signed in as {name}")
  String signedInAs(String name);

  @Message("Home")
  String home();

  @Message("My projects")
  String titleHomeowner();

  @Message("Sites overview")
  String titleSupervisor();

  @Message("Provision and maintain boxes")
  String titleInstaller();

  @Message("All sites and devices")
  String titleOperator();

  @Message("My sites")
  String titleSites();

  @Message("You are not a member of any site yet.")
  String noSites();

  @Message("Site")
  String site();

  @Message("Address")
  String address();

  @Message("{online} of {total} online")
  String devicesOnline(int online, int total);

  @Message("No box installed")
  String noDevices();

  @Message("Online")
  String statusOnline();

  @Message("Offline")
  String statusOffline();

  @Message("Revoked")
  String statusRevoked();

  @Message("Latest activity")
  String latestActivity();

  @Message("never")
  String never();

  @Message("Open site")
  String openSite();

  @Message("Devices and provisioning")
  String manageDevices();

  @Message("All devices")
  String allDevices();

  @Message("Latest readings")
  String latestReadings();

  @Message("Sensor")
  String sensor();

  @Message("Measure")
  String kind();

  @Message("Value")
  String value();

  @Message("Time")
  String time();

  @Message("No readings yet.")
  String noReadings();

  @Message("Sensor charts")
  String charts();

  @Message("Time range")
  String range();

  @Message("15 min")
  String last15m();

  @Message("1 hour")
  String last1h();

  @Message("24 hours")
  String last24h();

  @Message("7 days")
  String last7d();

  @Message("From")
  String from();

  @Message("To")
  String to();

  @Message("Show")
  String apply();

  @Message("Loading…")
  String chartLoading();

  @Message("No readings in this range.")
  String chartEmpty();

  @Message("The readings could not be loaded.")
  String chartError();

  @Message("The start must be before the end.")
  String chartBadRange();

  @Message("Events")
  String events();

  @Message("Event")
  String eventType();

  @Message("Source")
  String source();

  @Message("State")
  String state();

  @Message("No events in the last 7 days.")
  String noEvents();

  @Message("Boxes at {site}")
  String devicesTitle(String site);

  @Message("Provision a box")
  String provisionTitle();

  @Message("Create a single-use claim code, then type it into the box or scan the QR code with it.")
  String provisionIntro();

  @Message("Create claim code")
  String createClaim();

  @Message("Claim code")
  String claimCode();

  @Message("Valid until {time} (UTC)")
  String claimExpires(String time);

  @Message("QR code of claim code {code}")
  String qrAlt(String code);

  @Message("Box")
  String device();

  @Message("Status")
  String status();

  @Message("Last seen")
  String lastSeen();

  @Message("Outbox depth")
  String outboxDepth();

  @Message("Free disk")
  String diskFree();

  @Message("Cameras")
  String cameras();

  @Message("Sensors")
  String sensors();

  @Message("Agent version")
  String agentVersion();

  @Message("Hardware")
  String hardware();

  @Message("ok")
  String cameraOk();

  @Message("fault")
  String cameraFault();

  @Message("none")
  String none();

  @Message("Actions")
  String actions();

  @Message("Revoke")
  String revoke();

  @Message("Re-provision")
  String reprovision();

  @Message("Revoke this box? It will be disconnected.")
  String confirmRevoke();

  @Message("New secret for {device}")
  String newSecret(String device);

  @Message("Shown only once: copy it into the box's credentials now.")
  String secretOnce();

  @Message("Access denied")
  String forbiddenTitle();

  @Message("This page belongs to a site or role you do not have access to.")
  String forbiddenText();

  @Message("Not found")
  String notFoundTitle();

  @Message("This page or item does not exist.")
  String notFoundText();

  @Message("Something went wrong")
  String errorTitle();

  @Message("Please try again. If it keeps happening, contact support.")
  String errorText();

  @Message("Back to the home page")
  String backHome();

  @Message("Updates every few seconds.")
  String refreshing();

  /** Why a password form came back. */
  @Message
  String passwordProblem(PasswordProblem problem);

  // branch home (issue 18): the claim's expiry in the site's time zone, and the fleet link.
  @Message("Valid until {time}")
  String claimValidUntil(String time);

  @Message("My boxes on all sites")
  String fleetLink();

  // --- sitetasks: an oversized form post (issue 18 item 2)
  @Message("Too much text")
  String tooLargeTitle();

  @Message(
      "A field of what you sent is longer than {limit}, so nothing was saved. Go back to the"
          + " form, shorten that field, and send it again.")
  String tooLargeText(String limit);

  @Message("Back to the form")
  String backToForm();

  // branch wechatpay: shown on every page with money while the payment sandbox is active
  @Message("沙箱支付 / Sandbox payments — no real money moves")
  String sandboxPayments();
}
