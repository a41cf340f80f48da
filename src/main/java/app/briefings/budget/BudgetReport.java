package app.briefings.budget;

import org.jspecify.annotations.Nullable;

/**
 * What the budget charged for one request, handed from the instrumentation that charges
 * to the interceptor that reports it in the response.
 */
final class BudgetReport {

	private volatile long requested;

	private volatile @Nullable BudgetCharge charge;

	void record(long requested, BudgetCharge charge) {
		this.requested = requested;
		this.charge = charge;
	}

	long requested() {
		return this.requested;
	}

	@Nullable BudgetCharge charge() {
		return this.charge;
	}

}
