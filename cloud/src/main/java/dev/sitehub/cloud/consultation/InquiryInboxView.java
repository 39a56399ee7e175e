package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.enterprises.Workspace;
import dev.sitehub.cloud.enterprises.WorkspaceProblem;
import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The workspace's inquiries section: the threads addressed to the enterprise, newest first, and the
 * one opened with its messages, the reply as typed and its problem.
 */
@TemplateData
public record InquiryInboxView(
    Workspace ws,
    List<Row> threads,
    Row open,
    List<Message> messages,
    String reply,
    WorkspaceProblem replyError,
    WorkspaceProblem error) {

  /** One thread as the list shows it; times are already in the workspace's zone. */
  @TemplateData
  public record Row(
      String inquiryId, String subject, ThreadStatus status, String askedAt, String firstReplyAt) {
    public boolean closed() {
      return status == ThreadStatus.CLOSED;
    }
  }

  /** One message of the open thread. */
  @TemplateData
  public record Message(long id, boolean fromCustomer, String body, String at) {}

  static Row row(ThreadView t, String zone) {
    return new Row(
        t.inquiryId(),
        t.subject(),
        t.status(),
        PortalContext.time(t.createdAt(), zone),
        t.firstReplyAt() == null ? null : PortalContext.time(t.firstReplyAt(), zone));
  }

  static InquiryInboxView list(Workspace ws, List<ThreadView> threads) {
    return new InquiryInboxView(
        ws, threads.stream().map(t -> row(t, ws.zone())).toList(), null, List.of(), "", null, null);
  }

  static InquiryInboxView thread(Workspace ws, ThreadView t) {
    return new InquiryInboxView(
        ws,
        List.of(),
        row(t, ws.zone()),
        t.messages().stream()
            .map(
                m ->
                    new Message(
                        m.messageId(),
                        m.fromCustomer(),
                        m.body(),
                        PortalContext.time(m.createdAt(), ws.zone())))
            .toList(),
        "",
        null,
        null);
  }

  /** The thread with the reply sent back as typed and its problem, next to the body or above. */
  InquiryInboxView withReply(String typed, WorkspaceProblem p) {
    return new InquiryInboxView(
        ws, threads, open, messages, typed == null ? "" : typed, p.at("body"), p.aboveForm());
  }
}
