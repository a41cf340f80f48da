package app.briefings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.mongo.EmbeddedMongoProperties;
import app.briefings.mongo.EmbeddedMongoServer;
import com.mongodb.ConnectionString;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The application as the import command runs it: the same beans and configuration, but no
 * web server, no sample page, change events kept in-process (no change-stream reader), a
 * search index on disk committed when the import closes rather than every few seconds,
 * and only warnings logged.
 */
final class ImportContext {

	/**
	 * How often a search index on disk commits during an import: in effect only when the
	 * import closes. Nobody searches meanwhile, and the index's stored change-log
	 * position moves only at close anyway, so an import stopped midway is caught up at
	 * the next start with or without the commits in between; each of them flushed a small
	 * segment that Lucene then merged.
	 */
	static final String SEARCH_COMMIT_INTERVAL = "7d";

	static final Map<String, Object> DEFAULTS = Map.of("briefings.sample-data.enabled", "false",
			"briefings.change-feed.mode", "in-process", "briefings.search.commit-interval", SEARCH_COMMIT_INTERVAL);

	/**
	 * Log levels of the command's own process. Log levels are global to a JVM, so they
	 * are left alone when the command runs inside another application (its tests).
	 */
	static final Map<String, Object> QUIET_LOGGING = Map.of("logging.level.root", "WARN", "logging.level.de.bwaldvogel",
			"ERROR");

	private ImportContext() {
	}

	/**
	 * Starts the application without a web server; {@code defaults} yield to every other
	 * source, {@code properties} win over all, as command-line arguments do.
	 */
	static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> defaults,
			Map<String, String> properties) {
		List<String> arguments = new ArrayList<>();
		for (Map.Entry<String, String> property : properties.entrySet()) {
			arguments.add("--" + property.getKey() + "=" + property.getValue());
		}
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(DEFAULTS)
			.properties(defaults)
			.run(arguments.toArray(String[]::new));
	}

	/** Whether the embedded server runs with memory storage, which keeps nothing. */
	static boolean keepsNothing(ConfigurableApplicationContext context) {
		if (context.getBeanProvider(EmbeddedMongoServer.class).getIfAvailable() == null) {
			return false;
		}
		return context.getBean(EmbeddedMongoProperties.class).storage() == EmbeddedMongoProperties.Storage.MEMORY;
	}

	/** Where the documents go, without credentials. */
	static String target(ConfigurableApplicationContext context) {
		if (context.getBeanProvider(EmbeddedMongoServer.class).getIfAvailable() != null) {
			EmbeddedMongoProperties embedded = context.getBean(EmbeddedMongoProperties.class);
			return "the embedded MongoDB (file storage in " + embedded.path().toAbsolutePath().normalize() + ")";
		}
		ConnectionString uri = context.getBean(MongoConnectionDetails.class).getConnectionString();
		String database = context.getBean(MongoDatabaseFactory.class).getMongoDatabase().getName();
		return "MongoDB at " + String.join(",", uri.getHosts()) + ", database " + database;
	}

}
