package dev.sitehub.cloud.contracts;

import java.util.List;

/**
 * A new contract from the standard template: the parties (customer and decoration company required;
 * design, supervision and suppliers optional) and the terms. Omitted stages and retention take the
 * template's defaults.
 */
public record DraftContractRequest(
    String customerUserId,
    String decorationCompanyId,
    String designCompanyId,
    String supervisionCompanyId,
    List<String> supplierIds,
    ContractChanges terms) {}
