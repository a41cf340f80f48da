package app.briefings.deadline;

import java.time.Duration;

/**
 * The moment a request must be answered by, on the {@link System#nanoTime()} clock.
 *
 * @param expiresAtNanos the {@code System.nanoTime()} value at which the request's time
 * is up
 */
public record RequestDeadline(long expiresAtNanos) {

	/** A deadline {@code budget} from now. */
	public static RequestDeadline after(Duration budget) {
		return new RequestDeadline(System.nanoTime() + budget.toNanos());
	}

	/** The time left, negative once the deadline has passed. */
	public Duration remaining() {
		return Duration.ofNanos(this.expiresAtNanos - System.nanoTime());
	}

}
