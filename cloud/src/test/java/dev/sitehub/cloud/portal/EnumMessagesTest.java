package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.acceptance.AcceptanceMessages;
import dev.sitehub.cloud.acceptance.AcceptanceProblem;
import dev.sitehub.cloud.acceptance.AcceptanceState;
import dev.sitehub.cloud.acceptance.CriterionFact;
import dev.sitehub.cloud.acceptance.CriterionKind;
import dev.sitehub.cloud.acceptance.Verdict;
import dev.sitehub.cloud.alerts.AlertDetail;
import dev.sitehub.cloud.alerts.AlertMessages;
import dev.sitehub.cloud.alerts.AlertStatus;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditMessages;
import dev.sitehub.cloud.contracts.ContractProblem;
import dev.sitehub.cloud.contracts.ContractTextMessages;
import dev.sitehub.cloud.contracts.MaterialSupplier;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.contracts.VersionStatus;
import dev.sitehub.cloud.design.DesignProblem;
import dev.sitehub.cloud.enterprises.WorkspaceMessages;
import dev.sitehub.cloud.enterprises.WorkspaceProblem;
import dev.sitehub.cloud.evaluation.EvaluationProblem;
import dev.sitehub.cloud.evaluation.RateRequest;
import dev.sitehub.cloud.evaluation.ScoreAspect;
import dev.sitehub.cloud.evidence.ChainProblem;
import dev.sitehub.cloud.evidence.EvidenceMessages;
import dev.sitehub.cloud.inspections.BallWith;
import dev.sitehub.cloud.inspections.ChecklistItemCode;
import dev.sitehub.cloud.inspections.InspectionMessages;
import dev.sitehub.cloud.inspections.InspectionProblem;
import dev.sitehub.cloud.inspections.ItemResult;
import dev.sitehub.cloud.inspections.RectificationState;
import dev.sitehub.cloud.materials.DeliveryDecision;
import dev.sitehub.cloud.materials.MaterialsMessages;
import dev.sitehub.cloud.materials.MaterialsProblem;
import dev.sitehub.cloud.materials.ShipmentState;
import dev.sitehub.cloud.media.MediaMessages;
import dev.sitehub.cloud.media.TimelapseJob;
import dev.sitehub.cloud.messaging.MessageProblem;
import dev.sitehub.cloud.milestones.MilestoneState;
import dev.sitehub.cloud.notifications.NotificationMessages;
import dev.sitehub.cloud.notifications.NotificationProblem;
import dev.sitehub.cloud.settlement.DepositProblem;
import dev.sitehub.cloud.settlement.LedgerProblem;
import dev.sitehub.cloud.settlement.SettlementMessages;
import dev.sitehub.cloud.settlement.TxnKind;
import dev.sitehub.cloud.sites.SiteMemberProblem;
import dev.sitehub.cloud.sites.SiteMessages;
import dev.sitehub.cloud.telemetry.SensorMessages;
import dev.sitehub.cloud.timeline.ProjectMessages;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Verifies that every enum constant a page shows has an English and a Chinese text: the build
 * already fails when the English (default) text is missing; a missing Chinese line would fall back
 * to English silently, so each constant is rendered in both languages here.
 */
@QuarkusTest
class EnumMessagesTest {
  private static final Localized ZH = Localized.Literal.of("zh-CN");

  @Test
  void everyPageEnum_bothLanguages_haveOwnText() throws ReflectiveOperationException {
    check(ProjectMessages.class, MilestoneState.class, ProjectMessages::state);
    check(ProjectMessages.class, Verdict.class, ProjectMessages::verdict);
    check(ProjectMessages.class, AcceptanceState.class, ProjectMessages::record);
    check(ProjectMessages.class, TxnKind.class, ProjectMessages::txn);
    check(ProjectMessages.class, VersionStatus.class, ProjectMessages::contractStatus);
    check(ProjectMessages.class, PartyKind.class, ProjectMessages::party);
    check(ProjectMessages.class, RateRequest.TargetKind.class, ProjectMessages::target);
    check(ProjectMessages.class, ItemResult.Outcome.class, ProjectMessages::outcome);
    check(ProjectMessages.class, ScoreAspect.class, ProjectMessages::aspect);
    check(ProjectMessages.class, ContractProblem.class, ProjectMessages::contractProblem);
    check(ProjectMessages.class, AcceptanceProblem.class, ProjectMessages::acceptanceProblem);
    check(ProjectMessages.class, DepositProblem.class, ProjectMessages::depositProblem);
    check(ProjectMessages.class, MessageProblem.class, ProjectMessages::messageProblem);
    check(ProjectMessages.class, DesignProblem.class, ProjectMessages::designProblem);
    check(ProjectMessages.class, EvaluationProblem.class, ProjectMessages::evaluationProblem);
    check(InspectionMessages.class, RectificationState.class, InspectionMessages::rect);
    check(InspectionMessages.class, BallWith.class, InspectionMessages::ball);
    check(InspectionMessages.class, ChecklistItemCode.class, InspectionMessages::item);
    check(InspectionMessages.class, InspectionProblem.class, InspectionMessages::problem);
    check(AcceptanceMessages.class, CriterionFact.class, AcceptanceMessages::fact);
    check(MaterialsMessages.class, ShipmentState.class, MaterialsMessages::state);
    check(MaterialsMessages.class, DeliveryDecision.class, MaterialsMessages::decision);
    check(MaterialsMessages.class, MaterialsProblem.class, MaterialsMessages::problem);
    check(MediaMessages.class, TimelapseJob.Status.class, MediaMessages::status);
    check(AlertMessages.class, AlertStatus.class, AlertMessages::status);
    check(AlertMessages.class, Severity.class, AlertMessages::severity);
    check(AlertMessages.class, AlertDetail.Kind.class, AlertMessages::headline);
    check(PortalMessages.class, SignInProblem.class, PortalMessages::problem);
    check(PortalMessages.class, PasswordProblem.class, PortalMessages::passwordProblem);
    check(AdminMessages.class, AdminProblem.class, AdminMessages::problem);
    check(WorkspaceMessages.class, WorkspaceProblem.class, WorkspaceMessages::problem);
    check(AlertMessages.class, "dev.sitehub.cloud.alerts.AlertProblem", "problem");
    check(EvidenceMessages.class, ChainProblem.class, EvidenceMessages::problem);
    check(AuditMessages.class, AuditAction.class, AuditMessages::act);
    // branch home (issue 18): the fleet page's command states, types and form refusals.
    check(
        dev.sitehub.cloud.devices.FleetMessages.class,
        dev.sitehub.cloud.devices.CommandState.class,
        dev.sitehub.cloud.devices.FleetMessages::state);
    check(
        dev.sitehub.cloud.devices.FleetMessages.class,
        dev.sitehub.protocol.message.CommandType.class,
        dev.sitehub.cloud.devices.FleetMessages::type);
    check(
        dev.sitehub.cloud.devices.FleetMessages.class,
        dev.sitehub.cloud.devices.CommandProblem.class,
        dev.sitehub.cloud.devices.FleetMessages::problem);
    // sitetasks (issue 18 item 2)
    check(SettlementMessages.class, LedgerProblem.class, SettlementMessages::problem);
    check(SiteMessages.class, SiteMemberProblem.class, SiteMessages::problem);
    check(NotificationMessages.class, NotificationProblem.class, NotificationMessages::problem);
    // documents
    check(ContractTextMessages.class, MaterialSupplier.class, ContractTextMessages::supplier);
    // deals
    check(
        WorkspaceMessages.class,
        dev.sitehub.cloud.enterprises.JoinProblem.class,
        WorkspaceMessages::joinProblem);
    check(
        dev.sitehub.cloud.consultation.InquiryMessages.class,
        dev.sitehub.cloud.consultation.InquiryProblem.class,
        dev.sitehub.cloud.consultation.InquiryMessages::problem);
    check(
        dev.sitehub.cloud.contracts.DealMessages.class,
        dev.sitehub.cloud.contracts.DraftProblem.class,
        dev.sitehub.cloud.contracts.DealMessages::problem);
    // branch domain (issue 18)
    check(ProjectMessages.class, StageType.class, ProjectMessages::stageType);
    check(AcceptanceMessages.class, CriterionKind.class, AcceptanceMessages::kind);
    check(SensorMessages.class, SensorKind.class, SensorMessages::metric);
    check(SensorMessages.class, EventType.class, SensorMessages::event);
  }

  private static <B, E extends Enum<E>> void check(
      Class<B> bundle, Class<E> type, BiFunction<B, E, String> message) {
    B en = MessageBundles.get(bundle);
    B zh = MessageBundles.get(bundle, ZH);
    for (E c : type.getEnumConstants()) {
      texts(bundle, type, c, message.apply(en, c), message.apply(zh, c));
    }
  }

  /**
   * The same check for an enum its feature keeps package-private: the test cannot name it, so it
   * calls the bundle's public method by name.
   */
  private static <B> void check(Class<B> bundle, String enumName, String method)
      throws ReflectiveOperationException {
    Class<?> type = Class.forName(enumName);
    Method message = bundle.getMethod(method, type);
    B en = MessageBundles.get(bundle);
    B zh = MessageBundles.get(bundle, ZH);
    for (Object c : type.getEnumConstants()) {
      texts(
          bundle,
          type,
          (Enum<?>) c,
          (String) message.invoke(en, c),
          (String) message.invoke(zh, c));
    }
  }

  private static void texts(
      Class<?> bundle, Class<?> type, Enum<?> c, String english, String chinese) {
    String what = bundle.getSimpleName() + " " + type.getSimpleName() + "." + c.name();
    assertThat(english).as(what + " en").isNotBlank().isNotEqualTo(c.name());
    assertThat(english).as(what + " en").doesNotContainPattern("\\p{IsHan}");
    assertThat(chinese).as(what + " zh-CN").isNotBlank().containsPattern("\\p{IsHan}");
  }
}
