package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.enterprises.ResponseStats;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inquiries, their per-enterprise threads and messages, through Hibernate Reactive. Every method
 * returns work for a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class InquiryRepository implements PanacheRepositoryBase<Inquiry, String> {
  private static final String THREADS =
      "select t, i.subject, i.customerId from InquiryThread t, Inquiry i"
          + " where i.id = t.inquiryId";

  /** The inquiry, one OPEN thread per enterprise, and the first message in each. */
  Uni<Void> insert(
      String inquiryId,
      String customerId,
      String subject,
      String body,
      List<String> enterprises,
      Instant now) {
    return getSession()
        .chain(
            s -> {
              Uni<Void> work = s.persist(new Inquiry(inquiryId, customerId, subject, now));
              for (String e : enterprises) {
                work =
                    work.chain(() -> s.persist(new InquiryThread(inquiryId, e, now)))
                        .chain(
                            () ->
                                s.persist(
                                    new InquiryPost(inquiryId, e, customerId, true, body, now)));
              }
              return work.chain(s::flush);
            });
  }

  /**
   * Appends a message and moves the thread's status under a row lock; false if the thread is closed
   * or unknown.
   */
  Uni<Boolean> reply(
      String inquiryId,
      String enterpriseId,
      String authorId,
      boolean fromCustomer,
      String body,
      Instant now) {
    return openThread(inquiryId, enterpriseId)
        .chain(
            t -> {
              if (t == null) {
                return Uni.createFrom().item(false);
              }
              t.answeredBy(fromCustomer, now);
              return getSession()
                  .chain(
                      s ->
                          s.persist(
                                  new InquiryPost(
                                      inquiryId, enterpriseId, authorId, fromCustomer, body, now))
                              .chain(s::flush))
                  .replaceWith(true);
            });
  }

  /** Closes an open thread under a row lock; false if it was closed already or is unknown. */
  Uni<Boolean> close(String inquiryId, String enterpriseId, Instant now) {
    return openThread(inquiryId, enterpriseId)
        .chain(
            t -> {
              if (t == null) {
                return Uni.createFrom().item(false);
              }
              t.close(now);
              return flush().replaceWith(true);
            });
  }

  /** The thread under a row lock, or null when it is unknown or closed. */
  private Uni<InquiryThread> openThread(String inquiryId, String enterpriseId) {
    return getSession()
        .chain(
            s ->
                s.find(
                    InquiryThread.class,
                    new InquiryThread.Key(inquiryId, enterpriseId),
                    LockModeType.PESSIMISTIC_WRITE))
        .map(t -> t == null || t.status == ThreadStatus.CLOSED ? null : t);
  }

  Uni<Optional<ThreadView>> thread(String inquiryId, String enterpriseId) {
    return threads(" and t.inquiryId = ?1 and t.enterpriseId = ?2", 1, inquiryId, enterpriseId)
        .map(l -> l.stream().findFirst());
  }

  Uni<List<ThreadView>> threadsOfCustomer(String customerId) {
    return threads(" and i.customerId = ?1 order by t.createdAt desc", 200, customerId);
  }

  Uni<List<ThreadView>> threadsOfEnterprise(String enterpriseId, ThreadStatus status) {
    return status == null
        ? threads(" and t.enterpriseId = ?1 order by t.createdAt desc", 200, enterpriseId)
        : threads(
            " and t.enterpriseId = ?1 and t.status = ?2 order by t.createdAt desc",
            200,
            enterpriseId,
            status);
  }

  Uni<List<InquiryMessage>> messages(String inquiryId, String enterpriseId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from InquiryPost where inquiryId = ?1 and enterpriseId = ?2 order by id",
                        InquiryPost.class)
                    .setParameter(1, inquiryId)
                    .setParameter(2, enterpriseId)
                    .getResultList())
        .map(l -> l.stream().map(InquiryPost::view).toList());
  }

  /** Counts and the median seconds from an inquiry to the enterprise's first reply. */
  Uni<ResponseStats> stats(String enterpriseId) {
    // A percentile over an interval is clearest in SQL; HQL has no ordered-set aggregates.
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT count(*), count(first_reply_at), percentile_cont(0.5) WITHIN GROUP"
                            + " (ORDER BY extract(epoch FROM first_reply_at - created_at))"
                            + " FROM inquiry_thread WHERE enterprise_id = ?1",
                        Object[].class)
                    .setParameter(1, enterpriseId)
                    .getSingleResult())
        .map(
            row -> {
              long total = ((Number) row[0]).longValue();
              long answered = ((Number) row[1]).longValue();
              Number median = (Number) row[2];
              return new ResponseStats(
                  total,
                  answered,
                  total == 0 ? null : (double) answered / total,
                  median == null ? null : Math.round(median.doubleValue()));
            });
  }

  private Uni<List<ThreadView>> threads(String where, int limit, Object... args) {
    return getSession()
        .chain(
            s -> {
              var q = s.createSelectionQuery(THREADS + where, Object[].class).setMaxResults(limit);
              for (int i = 0; i < args.length; i++) {
                q.setParameter(i + 1, args[i]);
              }
              return q.getResultList();
            })
        .map(rows -> rows.stream().map(InquiryRepository::view).toList());
  }

  private static ThreadView view(Object[] row) {
    InquiryThread t = (InquiryThread) row[0];
    return new ThreadView(
        t.inquiryId,
        (String) row[1],
        (String) row[2],
        t.enterpriseId,
        t.status,
        t.createdAt,
        t.firstReplyAt,
        List.of());
  }
}
