package dev.sitehub.cloud.acceptance;

import java.util.List;

/**
 * The versioned JSON document stored in {@code acceptance_record.criteria}: version 2 holds each
 * verdict as a finding plus typed facts (version 1, a bare array with English sentences, was
 * converted by migration V9_330).
 */
record CriteriaDocument(int version, List<CriterionResult> criteria) {
  static final int CURRENT = 2;

  CriteriaDocument {
    criteria = List.copyOf(criteria);
  }

  static CriteriaDocument of(List<CriterionResult> criteria) {
    return new CriteriaDocument(CURRENT, criteria);
  }
}
