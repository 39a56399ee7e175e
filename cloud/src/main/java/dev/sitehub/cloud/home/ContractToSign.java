package dev.sitehub.cloud.home;

import io.quarkus.qute.TemplateData;

/** A contract waiting for the viewer's signature (customer) or, for staff, still a draft. */
@TemplateData
public record ContractToSign(String contractId, String title, String siteName) {}
