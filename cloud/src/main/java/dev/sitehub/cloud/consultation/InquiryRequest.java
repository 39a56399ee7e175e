package dev.sitehub.cloud.consultation;

import java.util.List;

/** A customer's question to one or more verified enterprises before any contract. */
public record InquiryRequest(String subject, String body, List<String> enterpriseIds) {}
