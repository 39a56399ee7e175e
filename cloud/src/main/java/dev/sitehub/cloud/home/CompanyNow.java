package dev.sitehub.cloud.home;

import io.quarkus.qute.TemplateData;

/** What an enterprise's staff member sees first: open inquiries, contract drafts, the staff. */
@TemplateData
public record CompanyNow(
    String enterpriseId,
    String name,
    int openInquiries,
    int drafts,
    int activeStaff,
    int invitedStaff) {}
