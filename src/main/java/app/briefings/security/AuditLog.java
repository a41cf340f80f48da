package app.briefings.security;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one JSON line per mutation to the logger {@value #LOGGER}: timestamp, key id
 * ({@code anonymous} without a key), partner, operation, target IDs, arguments and
 * outcome ({@code OK} or the error code), and publishes it as {@link MutationAudited}.
 */
@Component
class AuditLog {

	static final String LOGGER = "briefings.audit";

	static final String ANONYMOUS = "anonymous";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	AuditLog(JsonMapper json, ApplicationEventPublisher events) {
		this.json = json;
		this.events = events;
	}

	void write(AuditedCall call, String outcome) {
		ApiKeyPrincipal caller = call.caller();
		Line line = new Line(call.startedAt().toString(), (caller != null) ? caller.keyId() : ANONYMOUS,
				(caller != null) ? caller.partner() : null, call.operation(), call.targetIds(), call.arguments(),
				outcome);
		log.info(this.json.writeValueAsString(line));
		this.events.publishEvent(new MutationAudited(call.startedAt(), line.keyId(), line.partner(), line.operation(),
				line.targetIds(), line.arguments(), outcome));
	}

	/** The JSON shape of an audit line. */
	record Line(String timestamp, String keyId, @Nullable String partner, String operation, List<String> targetIds,
			Map<String, Object> arguments, String outcome) {

	}

}
