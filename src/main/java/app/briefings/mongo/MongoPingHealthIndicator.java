package app.briefings.mongo;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB health from {@code ping} and {@code buildInfo}, which both a real MongoDB and
 * the embedded server answer (Boot's own indicator sends {@code hello}, which the
 * embedded server rejects).
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoOperations mongo;

	MongoPingHealthIndicator(MongoOperations mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.mongo.executeCommand(new Document("ping", 1));
		Document buildInfo = this.mongo.executeCommand(new Document("buildInfo", 1));
		builder.up().withDetail("version", String.valueOf(buildInfo.get("version")));
	}

}
