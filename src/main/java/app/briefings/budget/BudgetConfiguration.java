package app.briefings.budget;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Installs cost budgets unless {@code briefings.budget.enabled=false}, with the store
 * {@code briefings.budget.store} names.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "briefings.budget.enabled", havingValue = "true", matchIfMissing = true)
class BudgetConfiguration {

	@Bean
	@ConditionalOnProperty(name = "briefings.budget.store", havingValue = "mongo")
	MongoBudgetStore mongoBudgetStore(MongoOperations mongo) {
		return new MongoBudgetStore(mongo);
	}

	@Bean
	@ConditionalOnProperty(name = "briefings.budget.store", havingValue = "memory", matchIfMissing = true)
	InMemoryBudgetStore inMemoryBudgetStore() {
		return new InMemoryBudgetStore();
	}

	@Bean
	Budgets budgets(BudgetStore store, BudgetProperties properties, Clock clock) {
		return new Budgets(store, properties, clock);
	}

	@Bean
	@Order(1)
	BudgetInstrumentation budgetInstrumentation(Budgets budgets) {
		return new BudgetInstrumentation(budgets);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	BudgetInterceptor budgetInterceptor(Budgets budgets, Clock clock) {
		return new BudgetInterceptor(budgets, clock);
	}

}
