package dev.sitehub.cloud.enterprises;

import java.util.List;

/** Everything the library shows about one enterprise. */
public record EnterpriseProfile(
    EnterpriseView enterprise,
    List<StaffView> staff,
    List<ReferenceView> pastProjects,
    List<CertificateView> certificates,
    ResponseStats responses) {}
