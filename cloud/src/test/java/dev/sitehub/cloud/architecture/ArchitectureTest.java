package dev.sitehub.cloud.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verifies the cloud's architecture rules on its compiled classes: features form no dependency
 * cycle, each feature alone touches its entities and repositories, pages never reach a repository,
 * and JDBC stays on the telemetry path and in the features not yet moved to Hibernate Reactive.
 */
class ArchitectureTest {
  static final String ROOT = "dev.sitehub.cloud";

  /**
   * Features allowed to use JDBC ({@code java.sql}, {@code javax.sql}, Agroal), each with its
   * reason. The telemetry write and query path is COPY, rollups and chart SQL on pgJDBC by design;
   * every other entry is a feature whose move to Hibernate Reactive has not happened yet, and the
   * list may only shrink.
   */
  static final Set<String> JDBC_ALLOWED =
      Set.of(
          // by design: COPY ingestion, the rollup, chart queries and partition housekeeping
          "telemetry");

  static JavaClasses cloud;

  @BeforeAll
  static void importClasses() {
    cloud =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  /** Verifies that no two feature packages depend on each other, directly or around a loop. */
  @Test
  void features_dependOnEachOther_noCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(cloud);
  }

  /** Verifies that an entity is used only inside the feature package that owns its table. */
  @Test
  void entities_usedOutsideTheirFeature_refused() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should(onlyBeAccessedFromTheirOwnPackage())
        .check(cloud);
  }

  /** Verifies that a repository is used only inside its feature package. */
  @Test
  void repositories_usedOutsideTheirFeature_refused() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should(onlyBeAccessedFromTheirOwnPackage())
        .check(cloud);
  }

  /** Verifies that a portal page asks its feature's service and never a repository. */
  @Test
  void pages_dependOnRepositories_refused() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Page")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(cloud);
  }

  /** Verifies that JDBC appears only in the packages named, with their reason, above. */
  @Test
  void jdbc_outsideTelemetryAndUnmovedFeatures_refused() {
    String[] allowed = JDBC_ALLOWED.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(allowed)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..");
    rule.check(cloud);
  }

  /** Verifies that the allow-list above names only packages that still use JDBC. */
  @Test
  void jdbcAllowList_namesAFeatureWithoutJdbc_refused() {
    Set<String> users =
        cloud.stream()
            .filter(ArchitectureTest::usesJdbc)
            .map(c -> feature(c.getPackageName()))
            .collect(Collectors.toSet());
    org.assertj.core.api.Assertions.assertThat(users)
        .as("features that use JDBC")
        .containsExactlyInAnyOrderElementsOf(JDBC_ALLOWED);
  }

  private static boolean usesJdbc(JavaClass c) {
    return c.getDirectDependenciesFromSelf().stream()
        .map(d -> d.getTargetClass().getPackageName())
        .anyMatch(
            p ->
                p.startsWith("java.sql") || p.startsWith("javax.sql") || p.startsWith("io.agroal"));
  }

  static String feature(String packageName) {
    String rest = packageName.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnPackage() {
    return new ArchCondition<>("only be accessed from their own feature package") {
      @Override
      public void check(JavaClass target, ConditionEvents events) {
        target.getDirectDependenciesToSelf().stream()
            .filter(d -> !d.getOriginClass().getPackageName().equals(target.getPackageName()))
            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
      }
    };
  }
}
