package app.briefings.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server running in this process on loopback. It can stop and resume listening
 * on the same port, which is how tests take the database away from a running application.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private static final String HOST = "127.0.0.1";

	private static final String DATABASE = "briefings";

	private final MongoServer server;

	private final int port;

	private EmbeddedMongoServer(MongoServer server, int port) {
		this.server = server;
		this.port = port;
	}

	/**
	 * Starts a server with the given storage; the oplog stays off unless asked for (see
	 * docs/architecture.md).
	 */
	public static EmbeddedMongoServer start(EmbeddedMongoProperties properties) {
		MongoBackend backend = createBackend(properties);
		MongoServer server = new MongoServer(backend);
		if (properties.oplog()) {
			server.enableOplog();
		}
		server.bind(HOST, properties.port());
		int port = server.getLocalAddress().getPort();
		logger.info("Embedded MongoDB ({} storage) listening on {}:{}", properties.storage(), HOST, port);
		return new EmbeddedMongoServer(server, port);
	}

	private static MongoBackend createBackend(EmbeddedMongoProperties properties) {
		if (properties.storage() == EmbeddedMongoProperties.Storage.MEMORY) {
			return new IdLookupMemoryBackend();
		}
		Path file = properties.path().resolve("briefings.mv");
		createDirectories(properties.path());
		return new IdLookupFileBackend(file.toAbsolutePath().toString());
	}

	private static void createDirectories(Path path) {
		try {
			Files.createDirectories(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the embedded MongoDB data folder " + path, ex);
		}
	}

	public ConnectionString connectionString() {
		return new ConnectionString("mongodb://" + HOST + ":" + this.port + "/" + DATABASE);
	}

	/**
	 * Takes the database away as an outage would: closes the listening socket and every
	 * open client connection, keeping the data. mongo-java-server 1.47.0 exposes no
	 * public way to drop client connections without also closing the backend, so its own
	 * {@code closeClients} is called.
	 */
	public void stopListening() {
		this.server.stopListening();
		closeClientConnections();
	}

	private void closeClientConnections() {
		try {
			Method closeClients = MongoServer.class.getDeclaredMethod("closeClients");
			closeClients.setAccessible(true);
			closeClients.invoke(this.server);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This mongo-java-server version cannot drop client connections", ex);
		}
	}

	/** Listens again on the port it had before {@link #stopListening()}. */
	public void resumeListening() {
		this.server.bind(new InetSocketAddress(HOST, this.port));
	}

	@Override
	public void close() {
		this.server.shutdownNow();
	}

}
