package dev.sitehub.cloud.enterprises;

/** The profile's source of response-time statistics, implemented by the consultation feature. */
public interface ResponseTimes {
  ResponseStats forEnterprise(String enterpriseId);
}
