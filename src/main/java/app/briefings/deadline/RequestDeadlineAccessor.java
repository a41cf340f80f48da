package app.briefings.deadline;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Lets Micrometer's context propagation, which Spring for GraphQL uses for data fetchers
 * and DataLoader batches, carry the request's deadline to the threads that run them.
 * Registered through {@code META-INF/services}.
 */
public class RequestDeadlineAccessor implements ThreadLocalAccessor<RequestDeadline> {

	/** The key the deadline is stored under in a context snapshot. */
	public static final String KEY = "briefings.request-deadline";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public @Nullable RequestDeadline getValue() {
		return RequestDeadlines.get();
	}

	@Override
	public void setValue(RequestDeadline value) {
		RequestDeadlines.set(value);
	}

	@Override
	public void setValue() {
		RequestDeadlines.set(null);
	}

}
