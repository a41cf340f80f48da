package app.briefings.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up without a MongoDB address into Spring Boot's short "APPLICATION FAILED
 * TO START" report, saying what to set, instead of a long stack trace whose reason sits
 * deep among its causes.
 */
class MongoNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<MongoNotConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MongoNotConfiguredException cause) {
		return new FailureAnalysis(
				"No MongoDB is configured, and the embedded server is disabled "
						+ "(briefings.mongo.embedded.enabled=false, as in the prod profile).",
				"Set SPRING_MONGODB_URI (spring.mongodb.uri) to a MongoDB connection string, such as "
						+ "mongodb://db1,db2,db3/briefings?replicaSet=rs0; outside production, leave the embedded "
						+ "server enabled instead.",
				cause);
	}

}
