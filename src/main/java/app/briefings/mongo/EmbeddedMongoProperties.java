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
 * @param fsync whether {@code file} storage also forces each commit to the disk before
 * answering, so acknowledged writes survive a power loss and not only a killed process;
 * every write is committed to the file before it is answered either way
 * @param orderedIndexes whether queries use the ordered in-memory indexes built from the
 * collections' non-unique indexes (see docs/embedded-storage.md); false keeps them but
 * reads the whole collection for every query, as mongo-java-server does, for comparison
 */
@ConfigurationProperties("briefings.mongo.embedded")
public record EmbeddedMongoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("file") Storage storage,
		@DefaultValue("./data") Path path, @DefaultValue("0") int port, @DefaultValue("false") boolean oplog,
		@DefaultValue("false") boolean fsync, @DefaultValue("true") boolean orderedIndexes) {

	/** Where the embedded server keeps its data. */
	public enum Storage {

		FILE, MEMORY

	}

}
