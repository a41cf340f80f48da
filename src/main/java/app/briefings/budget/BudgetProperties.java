package app.briefings.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hourly cost budgets.
 *
 * @param enabled whether operations are charged at all (off for benchmarks)
 * @param perKeyPerHour the points an API key may spend per clock hour
 * @param perAddressPerHour the points an anonymous client address may spend per clock
 * hour
 * @param store where budgets are kept: {@code memory} for one instance, {@code mongo} to
 * share them between instances
 */
@ConfigurationProperties("briefings.budget")
public record BudgetProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5000") long perKeyPerHour,
		@DefaultValue("1000") long perAddressPerHour, @DefaultValue("memory") Store store) {

	/** Where budgets are kept. */
	public enum Store {

		/** In this instance's memory. */
		MEMORY,
		/** In MongoDB, shared by every instance. */
		MONGO

	}

}
