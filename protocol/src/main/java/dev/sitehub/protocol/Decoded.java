package dev.sitehub.protocol;

import java.util.function.Function;

/**
 * The result of decoding anything from the wire: either a value or a typed {@link Rejection}.
 * Decoders return this and never throw for bad input.
 */
public sealed interface Decoded<T> {

  /** A successfully decoded value. */
  record Ok<T>(T value) implements Decoded<T> {}

  /** A refused input, with the reason. */
  record Rejected<T>(Rejection rejection) implements Decoded<T> {}

  static <T> Decoded<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Decoded<T> rejected(RejectReason reason, String detail) {
    return new Rejected<>(new Rejection(reason, detail));
  }

  static <T> Decoded<T> rejected(Rejection rejection) {
    return new Rejected<>(rejection);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value; throws IllegalStateException on a rejection (a programming error). */
  default T value() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("rejected: " + rejection());
  }

  /** The rejection, or null when decoding succeeded. */
  default Rejection rejection() {
    return this instanceof Rejected<T> r ? r.rejection() : null;
  }

  default <U> Decoded<U> flatMap(Function<T, Decoded<U>> next) {
    if (this instanceof Ok<T> ok) {
      return next.apply(ok.value());
    }
    return rejected(rejection());
  }
}
