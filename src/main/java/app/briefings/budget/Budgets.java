package app.briefings.budget;

import java.time.Clock;

import app.briefings.limits.Caller;

/**
 * Charges callers' hourly budgets: API keys get {@code perKeyPerHour} points, anonymous
 * client addresses {@code perAddressPerHour}.
 */
class Budgets {

	private final BudgetStore store;

	private final BudgetProperties properties;

	private final Clock clock;

	Budgets(BudgetStore store, BudgetProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	BudgetCharge charge(Caller caller, long points) {
		long limit = caller.anonymous() ? this.properties.perAddressPerHour() : this.properties.perKeyPerHour();
		return this.store.charge(caller.id(), points, limit, BudgetWindow.hourOf(this.clock.instant()));
	}

}
