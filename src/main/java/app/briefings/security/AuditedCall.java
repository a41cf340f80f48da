package app.briefings.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One mutation field as it ran: its response key, the operation (field name), the caller
 * and the global IDs it touched, taken from its arguments and then from its payload.
 */
record AuditedCall(Instant startedAt, String responseKey, String operation, @Nullable ApiKeyPrincipal caller,
		List<String> targetIds, Map<String, Object> arguments) {

	AuditedCall {
		targetIds = List.copyOf(targetIds);
		arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
	}

	AuditedCall withTargets(List<String> more) {
		Set<String> all = new LinkedHashSet<>(this.targetIds);
		all.addAll(more);
		return new AuditedCall(this.startedAt, this.responseKey, this.operation, this.caller, new ArrayList<>(all),
				this.arguments);
	}

}
