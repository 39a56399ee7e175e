package dev.sitehub.cloud.enterprises;

/** The documents an operator checks before verifying an enterprise. */
public enum CertificateKind {
  BUSINESS_LICENCE,
  QUALIFICATION
}
