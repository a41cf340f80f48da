package app.briefings.security;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives each request an {@link AuditTrail} and, once the response is complete, writes an
 * audit line for every mutation field that ran, with {@code OK} or the code of the first
 * error under that field. Ordered first, so it sees the codes every other interceptor has
 * added.
 */
@Component
@Order(0)
class MutationAuditInterceptor implements WebGraphQlInterceptor {

	static final String OK = "OK";

	private final AuditLog auditLog;

	MutationAuditInterceptor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AuditTrail trail = new AuditTrail();
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(AuditTrail.class, trail)).build());
		return chain.next(request).doOnNext((response) -> write(trail, response.getErrors()));
	}

	private void write(AuditTrail trail, List<ResponseError> errors) {
		for (AuditedCall call : trail.calls()) {
			this.auditLog.write(call, outcomeOf(call, errors));
		}
	}

	static String outcomeOf(AuditedCall call, List<ResponseError> errors) {
		for (ResponseError error : errors) {
			List<Object> path = error.getParsedPath();
			if (!path.isEmpty() && call.responseKey().equals(path.get(0))) {
				return String.valueOf(error.getExtensions().getOrDefault("code", "INTERNAL_ERROR"));
			}
		}
		return OK;
	}

}
