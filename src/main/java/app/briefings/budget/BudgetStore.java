package app.briefings.budget;

/**
 * Where the points callers spent in a window are kept. Charging is atomic: concurrent
 * charges never spend more than the limit together.
 */
interface BudgetStore {

	/**
	 * Charges {@code points} to the caller in the window unless they exceed what remains
	 * of {@code limit}; zero points report the remaining budget without charging.
	 */
	BudgetCharge charge(String caller, long points, long limit, BudgetWindow window);

}
