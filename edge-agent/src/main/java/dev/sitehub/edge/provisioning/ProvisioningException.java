package dev.sitehub.edge.provisioning;

/**
 * The claim was refused, timed out, or the credentials file is unusable; the message says which.
 */
public final class ProvisioningException extends RuntimeException {
  public ProvisioningException(String message) {
    super(message);
  }

  public ProvisioningException(String message, Throwable cause) {
    super(message, cause);
  }
}
