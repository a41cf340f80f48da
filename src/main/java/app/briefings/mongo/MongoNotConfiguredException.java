package app.briefings.mongo;

/**
 * Raised at start-up when the embedded server is disabled and no MongoDB URI is given.
 */
class MongoNotConfiguredException extends IllegalStateException {

	MongoNotConfiguredException() {
		super("No MongoDB is configured: set SPRING_MONGODB_URI (spring.mongodb.uri) to a MongoDB connection string, "
				+ "or set briefings.mongo.embedded.enabled=true to run the embedded server (not for production)");
	}

}
