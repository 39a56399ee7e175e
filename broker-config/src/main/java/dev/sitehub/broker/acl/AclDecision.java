package dev.sitehub.broker.acl;

/**
 * The outcome of one ACL check, with a short reason for the log and the client (never payload).
 *
 * @param allowed whether the action is granted
 * @param tooLarge true when the only problem is the payload size
 * @param reason why it was refused; "granted" when allowed
 */
public record AclDecision(boolean allowed, boolean tooLarge, String reason) {
  private static final AclDecision GRANTED = new AclDecision(true, false, "granted");

  public static AclDecision allow() {
    return GRANTED;
  }

  public static AclDecision deny(String reason) {
    return new AclDecision(false, false, reason);
  }

  public static AclDecision tooLarge(String reason) {
    return new AclDecision(false, true, reason);
  }
}
