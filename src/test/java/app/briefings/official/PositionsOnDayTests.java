package app.briefings.official;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsOnDayTests {

	private static final Position DEPUTY = new Position("Deputy Minister", null, LocalDate.parse("2015-01-01"),
			LocalDate.parse("2019-12-31"));

	private static final Position SECRETARY_GENERAL = new Position("Secretary General", "csto",
			LocalDate.parse("2020-01-01"), LocalDate.parse("2022-12-31"));

	private static final Position ADVISER = new Position("Adviser", null, LocalDate.parse("2023-02-01"), null);

	private static final List<Position> TIMELINE = List.of(DEPUTY, SECRETARY_GENERAL, ADVISER);

	@Test
	void shouldFindThePositionWhosePeriodContainsTheDay() {
		assertThat(PositionsOnDay.heldOn(TIMELINE, LocalDate.parse("2020-06-05"))).contains(SECRETARY_GENERAL);
		assertThat(PositionsOnDay.heldOn(TIMELINE, LocalDate.parse("2022-12-31"))).contains(SECRETARY_GENERAL);
		assertThat(PositionsOnDay.heldOn(TIMELINE, LocalDate.parse("2015-01-01"))).contains(DEPUTY);
	}

	@Test
	void shouldTreatAnOpenEndAsCurrent() {
		assertThat(PositionsOnDay.heldOn(TIMELINE, LocalDate.parse("2026-11-30"))).contains(ADVISER);
		assertThat(PositionsOnDay.heldOn(TIMELINE, null)).contains(ADVISER);
	}

	@Test
	void shouldFindNothingBetweenPositions() {
		assertThat(PositionsOnDay.heldOn(TIMELINE, LocalDate.parse("2023-01-15"))).isEmpty();
	}

	@Test
	void shouldPreferTheLatestStartWhenPeriodsOverlap() {
		Position chair = new Position("Chairman", null, LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"));
		Position minister = new Position("Minister", null, LocalDate.parse("2004-03-09"), null);
		assertThat(PositionsOnDay.heldOn(List.of(minister, chair), LocalDate.parse("2020-02-15"))).contains(chair);
	}

}
