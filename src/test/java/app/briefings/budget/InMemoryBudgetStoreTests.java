package app.briefings.budget;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Charging budgets held in memory. */
class InMemoryBudgetStoreTests {

	private static final BudgetWindow WINDOW = BudgetWindow.hourOf(Instant.parse("2026-11-30T02:47:12Z"));

	private final InMemoryBudgetStore store = new InMemoryBudgetStore();

	@Test
	void shouldStartWindowsOnTheHour() {
		assertThat(WINDOW.start()).isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
		assertThat(WINDOW.resetAt()).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
	}

	@Test
	void shouldChargeUntilTheBudgetIsSpentAndThenRefuse() {
		assertThat(this.store.charge("address:1", 3, 5, WINDOW))
			.isEqualTo(new BudgetCharge(true, 5, 2, WINDOW.resetAt()));
		assertThat(this.store.charge("address:1", 2, 5, WINDOW))
			.isEqualTo(new BudgetCharge(true, 5, 0, WINDOW.resetAt()));
		assertThat(this.store.charge("address:1", 1, 5, WINDOW))
			.isEqualTo(new BudgetCharge(false, 5, 0, WINDOW.resetAt()));
	}

	@Test
	void shouldRefuseACostLargerThanWhatRemainsWithoutChargingIt() {
		this.store.charge("address:2", 3, 5, WINDOW);
		assertThat(this.store.charge("address:2", 3, 5, WINDOW).granted()).isFalse();
		assertThat(this.store.charge("address:2", 2, 5, WINDOW).granted()).isTrue();
	}

	@Test
	void shouldReportWithoutChargingForZeroPoints() {
		this.store.charge("key:a", 4, 10, WINDOW);
		assertThat(this.store.charge("key:a", 0, 10, WINDOW).remaining()).isEqualTo(6);
		assertThat(this.store.charge("key:a", 0, 10, WINDOW).remaining()).isEqualTo(6);
	}

	@Test
	void shouldKeepCallersApartAndStartAfreshInTheNextWindow() {
		this.store.charge("key:a", 10, 10, WINDOW);
		assertThat(this.store.charge("key:b", 1, 10, WINDOW).remaining()).isEqualTo(9);
		BudgetWindow next = BudgetWindow.hourOf(WINDOW.resetAt());
		assertThat(this.store.charge("key:a", 1, 10, next)).isEqualTo(new BudgetCharge(true, 10, 9, next.resetAt()));
	}

}
