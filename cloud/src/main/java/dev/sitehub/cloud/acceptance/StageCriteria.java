package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.telemetry.LatestReadingView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sensor-backed criteria a stage type carries by default (DOMAIN.md): waterproofing is accepted
 * on the closed-water test read from the site's leak sensor, painting on the curing window read
 * from a temperature and humidity sensor. Which sensor is chosen from what the site reports.
 */
final class StageCriteria {
  private StageCriteria() {}

  /** The criteria a stage of {@code type} gets by default; none for a stage without a type. */
  static List<CriterionKind> defaults(StageType type) {
    if (type == null) {
      return List.of();
    }
    return switch (type) {
      case WATERPROOFING -> List.of(CriterionKind.CLOSED_WATER);
      case PAINTING -> List.of(CriterionKind.CURING);
      default -> List.of();
    };
  }

  /**
   * The site's sensor for a default criterion of {@code kind}: a digital sensor whose id names a
   * leak for the closed-water test, a sensor reporting both temperature and humidity for curing.
   */
  static Optional<String> sensorFor(CriterionKind kind, List<LatestReadingView> latest) {
    return switch (kind) {
      case CLOSED_WATER ->
          latest.stream()
              .filter(r -> "digital".equals(r.kind()))
              .map(LatestReadingView::sensorId)
              .filter(id -> id.toLowerCase(Locale.ROOT).contains("leak"))
              .sorted()
              .findFirst();
      case CURING -> {
        Set<String> temperature = ids(latest, "temperature");
        yield ids(latest, "humidity").stream().filter(temperature::contains).sorted().findFirst();
      }
      default -> Optional.empty();
    };
  }

  private static Set<String> ids(List<LatestReadingView> latest, String kind) {
    return latest.stream()
        .filter(r -> kind.equals(r.kind()))
        .map(LatestReadingView::sensorId)
        .collect(Collectors.toSet());
  }
}
