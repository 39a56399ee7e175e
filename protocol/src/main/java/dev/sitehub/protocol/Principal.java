package dev.sitehub.protocol;

/** The kinds of MQTT client the broker knows; every ACL grant names one of them. */
public enum Principal {
  /** A provisioned edge box; username and client id are its device id. */
  DEVICE,
  /** The cloud's service account, which consumes on shared subscriptions and sends commands. */
  CLOUD,
  /** A not-yet-provisioned box holding only an installer's claim code. */
  PROVISIONER
}
