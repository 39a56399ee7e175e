package dev.sitehub.cloud.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Runs one unit of work of a feature's Hibernate Reactive repositories and waits for its result, so
 * that the services, which REST resources, portal pages, timers and MQTT callbacks call on worker
 * threads, keep their plain signatures while the domain persists through reactive sessions.
 *
 * <p>The work runs on a Vert.x duplicated context (Hibernate Reactive refuses any other thread);
 * calling this from an event-loop thread is a programming error and fails at once.
 */
@ApplicationScoped
public class UnitOfWork {

  /** Runs {@code work} in one transaction: every statement commits together or none does. */
  public <T> T write(Supplier<Uni<T>> work) {
    return await(() -> Panache.withTransaction(work));
  }

  /** Runs read-only {@code work} in one session, without opening a transaction. */
  public <T> T read(Supplier<Uni<T>> work) {
    return await(() -> Panache.withSession(work));
  }

  /** Whether a failed unit of work broke a unique constraint (SQLSTATE 23505), at any depth. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException c
          && "23505".equals(c.getSQLState())) {
        return true;
      }
      if (t instanceof io.vertx.pgclient.PgException p && "23505".equals(p.getSqlState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("unit of work failed", e);
    }
  }
}
