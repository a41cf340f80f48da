package app.briefings.mongo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the environment names no MongoDB: neither {@code spring.mongodb.uri} nor a
 * host.
 */
class NoMongoAddressCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (environment.containsProperty("spring.mongodb.uri")) {
			return ConditionOutcome.noMatch("spring.mongodb.uri is set");
		}
		if (environment.containsProperty("spring.mongodb.host")) {
			return ConditionOutcome.noMatch("spring.mongodb.host is set");
		}
		return ConditionOutcome.match("no MongoDB address is configured");
	}

}
