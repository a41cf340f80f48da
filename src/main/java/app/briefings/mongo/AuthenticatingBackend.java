package app.briefings.mongo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * Keeps every connection out of the embedded server's data until it has authenticated
 * with SCRAM-SHA-256 as the one user of this run; mongo-java-server 1.47 has no
 * authentication of its own. Before that a connection may only greet the server
 * ({@code hello}, {@code isMaster}, {@code ping}) and authenticate.
 */
final class AuthenticatingBackend implements MongoBackend {

	private static final Set<String> OPEN_COMMANDS = Set.of("hello", "ismaster", "ping", "saslstart", "saslcontinue");

	private static final int UNAUTHORIZED = 13;

	private static final int AUTHENTICATION_FAILED = 18;

	private static final int CONVERSATION_ID = 1;

	private final MongoBackend backend;

	private final ScramSha256Verifier verifier;

	private final Set<Channel> authenticated = ConcurrentHashMap.newKeySet();

	private final Map<Channel, ScramSha256Verifier.Exchange> exchanges = new ConcurrentHashMap<>();

	AuthenticatingBackend(MongoBackend backend, ScramSha256Verifier verifier) {
		this.backend = backend;
		this.verifier = verifier;
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("saslstart")) {
			return saslStart(channel, query);
		}
		if (name.equals("saslcontinue")) {
			return saslContinue(channel, query);
		}
		requireAuthenticated(channel, name);
		return this.backend.handleCommand(channel, database, command, query);
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		Document query = message.getDocument();
		String command = query.keySet().iterator().next();
		return handleCommand(message.getChannel(), message.getDatabaseName(), command, query);
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		requireAuthenticated(query.getChannel(), "query");
		return this.backend.handleQuery(query);
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		requireAuthenticated(query.getChannel(), "currentOp");
		return this.backend.getCurrentOperations(query);
	}

	@Override
	public void handleClose(Channel channel) {
		this.authenticated.remove(channel);
		this.exchanges.remove(channel);
		this.backend.handleClose(channel);
	}

	private void requireAuthenticated(Channel channel, String command) {
		if (!this.authenticated.contains(channel) && !OPEN_COMMANDS.contains(command)) {
			throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "command " + command + " requires authentication");
		}
	}

	private Document saslStart(Channel channel, Document query) {
		if (!"SCRAM-SHA-256".equals(query.get("mechanism"))) {
			return failed("only SCRAM-SHA-256 is supported");
		}
		try {
			ScramSha256Verifier.Exchange exchange = this.verifier.start(payload(query));
			this.exchanges.put(channel, exchange);
			return conversation(exchange.serverFirst(), false);
		}
		catch (ScramSha256Verifier.AuthenticationFailedException ex) {
			return failed(ex.getMessage());
		}
	}

	private Document saslContinue(Channel channel, Document query) {
		if (this.authenticated.contains(channel)) {
			return conversation("", true);
		}
		ScramSha256Verifier.Exchange exchange = this.exchanges.remove(channel);
		if (exchange == null) {
			return failed("no SASL conversation was started on this connection");
		}
		try {
			String serverFinal = this.verifier.finish(exchange, payload(query));
			this.authenticated.add(channel);
			return conversation(serverFinal, true);
		}
		catch (ScramSha256Verifier.AuthenticationFailedException ex) {
			return failed(ex.getMessage());
		}
	}

	private static String payload(Document query) {
		if (query.get("payload") instanceof BinData payload) {
			return new String(payload.getData(), StandardCharsets.UTF_8);
		}
		throw new ScramSha256Verifier.AuthenticationFailedException();
	}

	private static Document conversation(String payload, boolean done) {
		Document response = new Document("conversationId", CONVERSATION_ID);
		response.put("done", done);
		response.put("payload", new BinData(payload.getBytes(StandardCharsets.UTF_8)));
		response.put("ok", 1.0);
		return response;
	}

	private static Document failed(String message) {
		Document response = new Document("ok", 0.0);
		response.put("errmsg", message);
		response.put("code", AUTHENTICATION_FAILED);
		response.put("codeName", "AuthenticationFailed");
		return response;
	}

	@Override
	public void dropDatabase(String database) {
		this.backend.dropDatabase(database);
	}

	@Override
	public Document getServerStatus() {
		return this.backend.getServerStatus();
	}

	@Override
	public void close() {
		this.backend.close();
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		this.backend.closeCursors(cursorIds);
	}

	@Override
	public Clock getClock() {
		return this.backend.getClock();
	}

	@Override
	public void enableOplog() {
		this.backend.enableOplog();
	}

	@Override
	public void disableOplog() {
		this.backend.disableOplog();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return this.backend.resolveDatabase(database);
	}

	@Override
	public MongoBackend version(MongoVersion version) {
		this.backend.version(version);
		return this;
	}

}
