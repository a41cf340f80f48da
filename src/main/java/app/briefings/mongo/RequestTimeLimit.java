package app.briefings.mongo;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlineExceededException;
import app.briefings.deadline.RequestDeadlines;

/**
 * Bounds the commands of a collection by the deadline of the request the current thread
 * serves, never beyond a ceiling. It sets the driver's client-side operation timeout
 * ({@code timeoutMS}), from which the driver sends each command with {@code maxTimeMS}
 * equal to the time left, so the server gives up when the client has. Without a request
 * (start-up, change feed, rebuilds, jobs) the collection is left unbounded, so long
 * cursors there are not cut; once the deadline has passed nothing is sent.
 */
class RequestTimeLimit {

	private static final Duration SMALLEST = Duration.ofMillis(1);

	private final Duration ceiling;

	RequestTimeLimit(Duration ceiling) {
		this.ceiling = ceiling;
	}

	<T> MongoCollection<T> apply(MongoCollection<T> collection) {
		Optional<RequestDeadline> deadline = RequestDeadlines.current();
		if (deadline.isEmpty()) {
			return collection;
		}
		Duration remaining = deadline.get().remaining();
		if (remaining.compareTo(SMALLEST) < 0) {
			throw new RequestDeadlineExceededException("a command on " + collection.getNamespace().getCollectionName());
		}
		Duration limit = (remaining.compareTo(this.ceiling) < 0) ? remaining : this.ceiling;
		return collection.withTimeout(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

}
