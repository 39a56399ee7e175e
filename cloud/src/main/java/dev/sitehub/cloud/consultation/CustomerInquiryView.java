package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The homeowner's side of consultation: their threads (one per company asked), the one opened with
 * its messages, and a form (ask or reply) as typed with its problem.
 */
@TemplateData
public record CustomerInquiryView(
    List<Row> threads,
    Row open,
    List<Message> messages,
    String enterpriseId,
    String enterpriseName,
    String subject,
    String body,
    InquiryProblem problem,
    String notice) {

  /** One thread as the list shows it; times already in the portal's zone. */
  @TemplateData
  public record Row(
      String inquiryId,
      String enterpriseId,
      String enterpriseName,
      String subject,
      ThreadStatus status,
      String askedAt) {
    public boolean closed() {
      return status == ThreadStatus.CLOSED;
    }

    public String href() {
      return "/portal/inquiries/" + inquiryId + "/" + enterpriseId;
    }
  }

  /** One message of the open thread. */
  @TemplateData
  public record Message(long id, boolean fromCustomer, String body, String at) {}

  static Row row(ThreadView t, String name, String zone) {
    return new Row(
        t.inquiryId(),
        t.enterpriseId(),
        name,
        t.subject(),
        t.status(),
        PortalContext.time(t.createdAt(), zone));
  }

  static CustomerInquiryView list(List<Row> rows) {
    return new CustomerInquiryView(rows, null, List.of(), null, null, "", "", null, null);
  }

  static CustomerInquiryView ask(String enterpriseId, String name) {
    return new CustomerInquiryView(
        List.of(), null, List.of(), enterpriseId, name, "", "", null, null);
  }

  static CustomerInquiryView thread(ThreadView t, String name, String zone) {
    return new CustomerInquiryView(
        List.of(),
        row(t, name, zone),
        t.messages().stream()
            .map(
                m ->
                    new Message(
                        m.messageId(),
                        m.fromCustomer(),
                        m.body(),
                        PortalContext.time(m.createdAt(), zone)))
            .toList(),
        t.enterpriseId(),
        name,
        "",
        "",
        null,
        null);
  }

  CustomerInquiryView typed(String subject, String body, InquiryProblem p) {
    return new CustomerInquiryView(
        threads,
        open,
        messages,
        enterpriseId,
        enterpriseName,
        subject == null ? "" : subject,
        body == null ? "" : body,
        p,
        null);
  }

  CustomerInquiryView withNotice(String key) {
    return new CustomerInquiryView(
        threads, open, messages, enterpriseId, enterpriseName, subject, body, problem, key);
  }

  /** The problem next to a field, or null. */
  public InquiryProblem error(String field) {
    return problem == null ? null : problem.at(field);
  }

  /** The problem above the form, or null. */
  public InquiryProblem general() {
    return problem == null ? null : problem.aboveForm();
  }
}
