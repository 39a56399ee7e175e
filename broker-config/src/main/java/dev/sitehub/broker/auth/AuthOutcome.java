package dev.sitehub.broker.auth;

import dev.sitehub.broker.acl.ClientIdentity;

/** The result of checking a CONNECT's credentials: an identity, or a typed refusal. */
public sealed interface AuthOutcome {

  /** Credentials accepted. */
  record Admitted(ClientIdentity identity) implements AuthOutcome {}

  /** Credentials refused; {@code detail} is for the log and never contains the secret. */
  record Refused(Refusal refusal, String detail) implements AuthOutcome {}

  /** Why a CONNECT was refused; each maps to one MQTT 5 CONNACK reason code. */
  enum Refusal {
    /** 0x85: client id malformed, or not equal to the device's username. */
    CLIENT_ID_NOT_VALID,
    /** 0x86: missing, unknown or wrong username or password. */
    BAD_CREDENTIALS,
    /** 0x87: known principal that is revoked. */
    NOT_AUTHORIZED,
    /** 0x88: the credential store could not be read. */
    STORE_UNAVAILABLE,
    /** 0x9F: too many wrong guesses for this username or from this address; try again later. */
    BACKED_OFF
  }
}
