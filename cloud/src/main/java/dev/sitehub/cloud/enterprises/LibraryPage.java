package dev.sitehub.cloud.enterprises;

import java.util.List;

/** One page of library results, best score first, with the total number of matches. */
public record LibraryPage(List<EnterpriseView> items, int page, int size, long total) {}
