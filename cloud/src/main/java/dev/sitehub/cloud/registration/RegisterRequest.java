package dev.sitehub.cloud.registration;

/** Self-registration of a person by e-mail or phone (exactly one). */
public record RegisterRequest(String email, String phone, String password, String displayName) {
  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", phone=" + phone + ", password=<redacted>]";
  }
}
