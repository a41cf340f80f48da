package app.briefings.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutation fields of one request, collected while they run and written to the audit
 * log when the response, with its error codes, is complete. Lives in the request's
 * GraphQL context.
 */
final class AuditTrail {

	private final Map<String, AuditedCall> calls = new LinkedHashMap<>();

	synchronized void begin(AuditedCall call) {
		this.calls.put(call.responseKey(), call);
	}

	synchronized void touched(String responseKey, List<String> targetIds) {
		this.calls.computeIfPresent(responseKey, (key, call) -> call.withTargets(targetIds));
	}

	synchronized List<AuditedCall> calls() {
		return new ArrayList<>(this.calls.values());
	}

}
