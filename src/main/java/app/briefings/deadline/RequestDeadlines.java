package app.briefings.deadline;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The deadline of the request the current thread serves, if any. A transport opens one
 * when it starts serving a request; {@link RequestDeadlineAccessor} carries it to the
 * threads Spring for GraphQL hands work to (data fetchers, DataLoader batches). Work that
 * serves no request (start-up, change feed, rebuilds, jobs) runs without one.
 */
public final class RequestDeadlines {

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	private RequestDeadlines() {
	}

	/** The deadline of the request this thread serves. */
	public static Optional<RequestDeadline> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * Makes {@code deadline} the current one until the returned scope is closed, which
	 * restores the one before.
	 */
	public static Scope open(RequestDeadline deadline) {
		return replace(deadline);
	}

	/**
	 * Leaves the current request's deadline behind until the returned scope is closed,
	 * for work a request sets off that is not part of answering it.
	 */
	public static Scope suspend() {
		return replace(null);
	}

	static @Nullable RequestDeadline get() {
		return CURRENT.get();
	}

	static void set(@Nullable RequestDeadline deadline) {
		if (deadline == null) {
			CURRENT.remove();
			return;
		}
		CURRENT.set(deadline);
	}

	private static Scope replace(@Nullable RequestDeadline deadline) {
		RequestDeadline previous = CURRENT.get();
		set(deadline);
		return () -> set(previous);
	}

	/** The span of code a deadline applies to; closing it restores the previous one. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
