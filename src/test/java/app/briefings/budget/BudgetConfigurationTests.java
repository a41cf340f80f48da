package app.briefings.budget;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets are on by default, in memory, and can be turned off. */
class BudgetConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, BudgetConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void shouldChargeBudgetsInMemoryByDefault() {
		this.contexts.run((context) -> assertThat(context).hasSingleBean(BudgetInstrumentation.class)
			.hasSingleBean(BudgetInterceptor.class)
			.hasSingleBean(InMemoryBudgetStore.class));
	}

	@Test
	void shouldChargeNothingWhenTurnedOff() {
		this.contexts.withPropertyValues("briefings.budget.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(BudgetInstrumentation.class)
				.doesNotHaveBean(BudgetInterceptor.class)
				.doesNotHaveBean(BudgetStore.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BudgetProperties.class)
	static class Properties {

	}

}
