package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.ResponseStats;
import dev.sitehub.cloud.enterprises.ResponseTimes;
import dev.sitehub.cloud.enterprises.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Pre-contract consultation: a customer asks several verified enterprises at once, each answers in
 * its own thread; only the customer and that enterprise's staff see a thread.
 */
@ApplicationScoped
public class ConsultationService implements ResponseTimes {
  private static final Logger LOG = Logger.getLogger(ConsultationService.class);
  static final int MAX_RECIPIENTS = 10;
  static final int MAX_SUBJECT = 200;
  static final int MAX_BODY = 5000;

  private final InquiryRepository inquiries;
  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final Ids ids;
  private final UnitOfWork work;
  private final Clock clock;

  ConsultationService(
      InquiryRepository inquiries,
      EnterpriseService enterprises,
      StaffService staff,
      Ids ids,
      UnitOfWork work,
      Clock clock) {
    this.inquiries = inquiries;
    this.enterprises = enterprises;
    this.staff = staff;
    this.ids = ids;
    this.work = work;
    this.clock = clock;
  }

  public List<ThreadView> ask(InquiryRequest r, String customerId) {
    if (r == null || r.enterpriseIds() == null || r.enterpriseIds().isEmpty()) {
      throw ProblemException.badRequest("invalid-recipients", "name at least one enterprise");
    }
    List<String> to = List.copyOf(new LinkedHashSet<>(r.enterpriseIds()));
    if (to.size() > MAX_RECIPIENTS) {
      throw ProblemException.badRequest(
          "invalid-recipients", "ask at most " + MAX_RECIPIENTS + " enterprises at once");
    }
    for (String e : to) {
      enterprises.requireChoosable(e, null);
    }
    String id = ids.next("inq");
    String subject = text("subject", r.subject(), MAX_SUBJECT);
    String body = text("body", r.body(), MAX_BODY);
    work.write(() -> inquiries.insert(id, customerId, subject, body, to, clock.instant()));
    LOG.infof("inquiry sent inquiry=%s customer=%s enterprises=%d", id, customerId, to.size());
    return work.read(() -> inquiries.threadsOfCustomer(customerId)).stream()
        .filter(t -> t.inquiryId().equals(id))
        .toList();
  }

  public ThreadView thread(String inquiryId, String enterpriseId, String userId) {
    ThreadView t = requireParticipant(inquiryId, enterpriseId, userId);
    return new ThreadView(
        t.inquiryId(),
        t.subject(),
        t.customerId(),
        t.enterpriseId(),
        t.status(),
        t.createdAt(),
        t.firstReplyAt(),
        work.read(() -> inquiries.messages(inquiryId, enterpriseId)));
  }

  public ThreadView reply(String inquiryId, String enterpriseId, ReplyRequest r, String userId) {
    ThreadView t = requireParticipant(inquiryId, enterpriseId, userId);
    boolean fromCustomer = t.customerId().equals(userId);
    String body = text("body", r == null ? null : r.body(), MAX_BODY);
    if (!work.write(
        () ->
            inquiries.reply(
                inquiryId, enterpriseId, userId, fromCustomer, body, clock.instant()))) {
      throw ProblemException.conflict("inquiry-closed", "this conversation is closed");
    }
    LOG.infof(
        "inquiry reply inquiry=%s enterprise=%s by=%s customer=%s",
        inquiryId, enterpriseId, userId, fromCustomer);
    return thread(inquiryId, enterpriseId, userId);
  }

  public ThreadView close(String inquiryId, String enterpriseId, String userId) {
    requireParticipant(inquiryId, enterpriseId, userId);
    if (!work.write(() -> inquiries.close(inquiryId, enterpriseId, clock.instant()))) {
      throw ProblemException.conflict("inquiry-closed", "this conversation is already closed");
    }
    LOG.infof("inquiry closed inquiry=%s enterprise=%s by=%s", inquiryId, enterpriseId, userId);
    return thread(inquiryId, enterpriseId, userId);
  }

  public List<ThreadView> mine(String customerId) {
    return work.read(() -> inquiries.threadsOfCustomer(customerId));
  }

  public List<ThreadView> inbox(String enterpriseId, ThreadStatus status, String userId) {
    requireStaff(enterpriseId, userId);
    return work.read(() -> inquiries.threadsOfEnterprise(enterpriseId, status));
  }

  @Override
  public ResponseStats forEnterprise(String enterpriseId) {
    return work.read(() -> inquiries.stats(enterpriseId));
  }

  private ThreadView requireParticipant(String inquiryId, String enterpriseId, String userId) {
    ThreadView t =
        work.read(() -> inquiries.thread(inquiryId, enterpriseId))
            .orElseThrow(
                () -> ProblemException.forbidden("not-in-conversation", "not your conversation"));
    if (!t.customerId().equals(userId)) {
      requireStaff(enterpriseId, userId);
    }
    return t;
  }

  private void requireStaff(String enterpriseId, String userId) {
    boolean member =
        staff
            .activeMembership(userId)
            .filter(m -> m.enterpriseId().equals(enterpriseId))
            .isPresent();
    if (!member) {
      throw ProblemException.forbidden("not-in-conversation", "not your conversation");
    }
  }

  private static String text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw ProblemException.badRequest(
          "invalid-" + field, field + " must be 1-" + max + " characters");
    }
    return value.strip();
  }
}
