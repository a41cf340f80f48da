package app.briefings.budget;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Budgets in this instance's memory, for a single instance. Windows that have ended are
 * dropped when a new one begins.
 */
class InMemoryBudgetStore implements BudgetStore {

	private final Map<String, Long> spent = new ConcurrentHashMap<>();

	private volatile long currentWindow;

	@Override
	public BudgetCharge charge(String caller, long points, long limit, BudgetWindow window) {
		dropEndedWindows(window);
		boolean[] granted = new boolean[1];
		long total = this.spent.compute(caller + "@" + window.key(), (key, used) -> {
			long before = (used != null) ? used : 0;
			granted[0] = before + points <= limit;
			return granted[0] ? before + points : before;
		});
		return new BudgetCharge(granted[0], limit, Math.max(0, limit - total), window.resetAt());
	}

	private void dropEndedWindows(BudgetWindow window) {
		if (this.currentWindow == window.key()) {
			return;
		}
		this.currentWindow = window.key();
		String suffix = "@" + window.key();
		this.spent.keySet().removeIf((key) -> !key.endsWith(suffix));
	}

}
