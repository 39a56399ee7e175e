package dev.sitehub.cloud.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The evidence sources the features on the class path provide, one per record kind. */
final class EvidenceSources {
  private EvidenceSources() {}

  static List<EvidenceSource> installed() {
    List<EvidenceSource> out = new ArrayList<>();
    ServiceLoader.load(EvidenceSource.class, EvidenceSource.class.getClassLoader())
        .forEach(out::add);
    return out;
  }
}
