package app.briefings.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process MongoDB server that stands in when no
 * {@code spring.mongodb.uri} is given.
 *
 * @param enabled whether the embedded server may start at all (false in the {@code prod}
 * profile)
 * @param storage {@code file} to keep data under {@code path} across restarts,
 * {@code memory} to keep nothing
 * @param path folder of the data file for {@code file} storage
 * @param port port to listen on, 0 for any free port
 * @param oplog whether to keep an oplog, which change streams need; off by default
 * because mongo-java-server 1.47.0 rescans the whole oplog on every change-stream read
 * and never truncates it (see docs/architecture.md): only for tests of the change-stream
 * feed
 */
@ConfigurationProperties("briefings.mongo.embedded")
public record EmbeddedMongoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("file") Storage storage,
		@DefaultValue("./data") Path path, @DefaultValue("0") int port, @DefaultValue("false") boolean oplog) {

	/** Where the embedded server keeps its data. */
	public enum Storage {

		FILE, MEMORY

	}

}
