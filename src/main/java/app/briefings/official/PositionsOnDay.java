package app.briefings.official;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which of an official's positions was held on a given day: the one whose period contains
 * the day (open ends count as open), the latest-starting if several do; with no day, the
 * current one.
 */
public final class PositionsOnDay {

	private PositionsOnDay() {
	}

	public static Optional<Position> heldOn(List<Position> positions, @Nullable LocalDate day) {
		Position held = null;
		for (Position position : positions) {
			if (covers(position, day) && (held == null || startsLater(position, held))) {
				held = position;
			}
		}
		return Optional.ofNullable(held);
	}

	private static boolean covers(Position position, @Nullable LocalDate day) {
		if (day == null) {
			return position.to() == null;
		}
		boolean started = position.from() == null || !position.from().isAfter(day);
		boolean notEnded = position.to() == null || !position.to().isBefore(day);
		return started && notEnded;
	}

	private static boolean startsLater(Position candidate, Position held) {
		if (candidate.from() == null) {
			return false;
		}
		return held.from() == null || candidate.from().isAfter(held.from());
	}

}
