package app.briefings.budget;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import app.briefings.limits.Caller;
import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Reports the budget on every response: {@code extensions.cost} with {@code requested},
 * {@code remaining} and {@code resetAt}, the {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} headers, and
 * {@code Retry-After} when the budget is spent. A request that never reached execution (a
 * parse error, say) requests nothing and reports what remains.
 */
class BudgetInterceptor implements WebGraphQlInterceptor {

	private final Budgets budgets;

	private final Clock clock;

	BudgetInterceptor(Budgets budgets, Clock clock) {
		this.budgets = budgets;
		this.clock = clock;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		BudgetReport report = new BudgetReport();
		Caller[] caller = new Caller[1];
		request.configureExecutionInput((input, builder) -> {
			caller[0] = input.getGraphQLContext().get(Caller.class);
			return builder.graphQLContext(Map.of(BudgetReport.class, report)).build();
		});
		return chain.next(request).map((response) -> withBudget(response, report, caller[0]));
	}

	private WebGraphQlResponse withBudget(WebGraphQlResponse response, BudgetReport report, Caller caller) {
		BudgetCharge charge = report.charge();
		if (charge == null && caller == null) {
			return response;
		}
		if (charge == null) {
			charge = this.budgets.charge(caller, 0);
		}
		addHeaders(response.getResponseHeaders(), charge);
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (response.getExecutionResult().getExtensions() != null) {
			extensions.putAll(response.getExecutionResult().getExtensions());
		}
		extensions.put("cost", Map.of("requested", report.requested(), "remaining", charge.remaining(), "resetAt",
				charge.resetAt().toString()));
		return response.transform((builder) -> builder.extensions(extensions));
	}

	private void addHeaders(HttpHeaders headers, BudgetCharge charge) {
		headers.set("X-RateLimit-Limit", Long.toString(charge.limit()));
		headers.set("X-RateLimit-Remaining", Long.toString(charge.remaining()));
		headers.set("X-RateLimit-Reset", Long.toString(charge.resetAt().getEpochSecond()));
		if (!charge.granted()) {
			long seconds = Duration.between(this.clock.instant(), charge.resetAt()).toSeconds();
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
		}
	}

}
