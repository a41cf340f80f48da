package app.briefings.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server running in this process on loopback, private to it: connections must
 * authenticate with a user and password generated at each start, and file storage is
 * readable by the owner only. It can stop and resume listening on the same port, which is
 * how tests take the database away from a running application.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private static final String HOST = "127.0.0.1";

	private static final String DATABASE = "briefings";

	private static final String USER = "briefings";

	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private final MongoServer server;

	private final int port;

	private final String password;

	private final boolean closedCleanlyBefore;

	private EmbeddedMongoServer(MongoServer server, int port, String password, boolean closedCleanlyBefore) {
		this.server = server;
		this.port = port;
		this.password = password;
		this.closedCleanlyBefore = closedCleanlyBefore;
	}

	/**
	 * Starts a server with the given storage; the oplog stays off unless asked for (see
	 * docs/architecture.md).
	 */
	public static EmbeddedMongoServer start(EmbeddedMongoProperties properties) {
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(ScramSha256Verifier.randomBytes(32));
		MongoBackend storage = createBackend(properties);
		boolean closedCleanlyBefore = (storage instanceof IdLookupFileBackend file) && file.closedCleanlyBefore();
		MongoBackend backend = new AuthenticatingBackend(storage, new ScramSha256Verifier(USER, password));
		MongoServer server = new MongoServer(backend);
		if (properties.oplog()) {
			server.enableOplog();
		}
		server.bind(HOST, properties.port());
		int port = server.getLocalAddress().getPort();
		logger.info("Embedded MongoDB ({} storage) listening on {}:{}", properties.storage(), HOST, port);
		return new EmbeddedMongoServer(server, port, password, closedCleanlyBefore);
	}

	private static MongoBackend createBackend(EmbeddedMongoProperties properties) {
		if (properties.storage() == EmbeddedMongoProperties.Storage.MEMORY) {
			return new IdLookupMemoryBackend(properties.orderedIndexes());
		}
		Path file = properties.path().resolve("briefings.mv");
		createOwnerOnly(properties.path(), file);
		return new IdLookupFileBackend(file.toAbsolutePath().toString(), properties.fsync(),
				properties.orderedIndexes());
	}

	/**
	 * Creates the data folder and file readable by the owner only, and takes the rights
	 * of everyone else away from ones an earlier version created.
	 */
	private static void createOwnerOnly(Path folder, Path file) {
		try {
			if (!Files.getFileStore(existingAncestor(folder)).supportsFileAttributeView("posix")) {
				Files.createDirectories(folder);
				return;
			}
			Files.createDirectories(folder, asAttribute(OWNER_ONLY_FOLDER));
			Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
			if (Files.notExists(file)) {
				Files.createFile(file, asAttribute(OWNER_ONLY_FILE));
			}
			Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the embedded MongoDB data folder " + folder, ex);
		}
	}

	private static Path existingAncestor(Path folder) {
		Path existing = folder.toAbsolutePath();
		while (Files.notExists(existing) && existing.getParent() != null) {
			existing = existing.getParent();
		}
		return existing;
	}

	private static FileAttribute<Set<PosixFilePermission>> asAttribute(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}

	/**
	 * Whether file storage was closed cleanly after its last write before this start;
	 * false for memory storage.
	 */
	public boolean closedCleanlyBeforeThisStart() {
		return this.closedCleanlyBefore;
	}

	/** The address with this run's credentials, for this process's own client. */
	public ConnectionString connectionString() {
		return new ConnectionString("mongodb://" + USER + ":" + this.password + "@" + HOST + ":" + this.port + "/"
				+ DATABASE + "?authSource=admin&authMechanism=SCRAM-SHA-256");
	}

	/** The address without credentials, which the server refuses to serve data to. */
	ConnectionString anonymousConnectionString() {
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
