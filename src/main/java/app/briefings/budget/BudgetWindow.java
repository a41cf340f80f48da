package app.briefings.budget;

import java.time.Duration;
import java.time.Instant;

/**
 * One budget period: a clock hour, identified by its start.
 *
 * @param start the first instant of the window
 * @param length how long the window lasts
 */
record BudgetWindow(Instant start, Duration length) {

	static final Duration HOUR = Duration.ofHours(1);

	/** The hour that holds this instant. */
	static BudgetWindow hourOf(Instant instant) {
		long seconds = HOUR.toSeconds();
		return new BudgetWindow(Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds),
				HOUR);
	}

	Instant resetAt() {
		return this.start.plus(this.length);
	}

	/** The window's key, the same on every instance. */
	long key() {
		return this.start.getEpochSecond();
	}

}
