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
import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
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

  /**
   * Page methods that catch a {@link ProblemException}, each because it shows the refusal inside
   * its own form or panel, next to what was typed, where the error page would lose the input; every
   * other refusal goes to {@code portal.PortalErrorMappers}. The list may only shrink.
   */
  static final Set<String> PAGE_CATCHES =
      Set.of(
          "AcceptancePage.attempt",
          "ContractPage.sign",
          "DesignPage.confirm",
          "DisputePage.arbitrate",
          "EvaluationPage.rate",
          "InquiryInboxPage.reply",
          "MaterialsPage.refusal",
          "OverridePage.override",
          "PaymentPage.deposit",
          "PortalAuthPage.signIn",
          "RectificationPage.act",
          "RectificationPage.fixedWithPhoto",
          "RegistrationPage.register",
          "StagePage.refusal",
          "VerificationPage.decide",
          "WorkspacePage.editProfile",
          "WorkspacePage.invite",
          // sitetasks (issue 18 item 2): dispute, retention and refund refusals on their form
          "LedgerPage.act",
          "EvaluationPage.reply",
          "SiteMembersPage.remove",
          // deals
          "EnterpriseRegistrationPage.register",
          "CertificatesPage.upload",
          "CustomerInquiriesPage.ask",
          "CustomerInquiriesPage.reply",
          "ContractDraftPage.draft");

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

  /**
   * Verifies that pages leave the request's headers, language and rendering to portal.PortalRequest
   * and portal.PortalRender: a page calls its service and returns its view.
   */
  @Test
  void pages_readHeadersOrRenderTemplatesThemselves_refused() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Page")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(HttpHeaders.class)
        .orShould()
        .callMethod(TemplateInstance.class, "render")
        .orShould()
        .callMethod(TemplateInstance.class, "setLocale", Locale.class)
        .check(cloud);
  }

  /** Verifies that a page catches a refusal only where it is listed above with its reason. */
  @Test
  void pages_catchProblemsOutsideTheirInlineForms_refused() {
    JavaClass problem = cloud.get(ProblemException.class);
    Set<String> catching =
        cloud.stream()
            .filter(c -> c.getSimpleName().endsWith("Page"))
            .flatMap(c -> c.getCodeUnits().stream())
            .filter(
                u ->
                    u.getTryCatchBlocks().stream()
                        .flatMap(b -> b.getCaughtThrowables().stream())
                        .anyMatch(t -> problem.isAssignableTo(t.getName())))
            .map(u -> u.getOwner().getSimpleName() + "." + u.getName())
            .collect(Collectors.toSet());
    org.assertj.core.api.Assertions.assertThat(catching)
        .as("page methods that catch a ProblemException")
        .containsExactlyInAnyOrderElementsOf(PAGE_CATCHES);
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
