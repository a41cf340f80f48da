package app.briefings.websocket;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import app.briefings.security.CallerAuthenticator;
import app.briefings.security.KeyCheck;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Every open graphql-ws socket of this instance, counted per client address and in all.
 * Every {@code briefings.security.key-recheck-interval} it checks each socket's key again
 * (once per distinct key) and ends the sockets whose key was revoked or rotated, and
 * closes the sockets that ran nothing for {@link WebSocketLimits#idleTimeout()}.
 */
final class Connections implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Connections.class);

	private final WebSocketLimits limits;

	private final CallerAuthenticator authenticator;

	private final Map<String, Connection> byId = new ConcurrentHashMap<>();

	private final Map<String, Integer> perAddress = new HashMap<>();

	private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "graphql-ws-sweeper");
		thread.setDaemon(true);
		return thread;
	});

	Connections(WebSocketLimits limits, CallerAuthenticator authenticator, Duration keyRecheckInterval) {
		this.limits = limits;
		this.authenticator = authenticator;
		long interval = keyRecheckInterval.toMillis();
		this.sweeper.scheduleWithFixedDelay(this::sweepSafely, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Why a new socket from this address would be refused, or null when it is admitted.
	 */
	synchronized @Nullable ConnectionRefusal refusalFor(String address) {
		if (this.byId.size() >= this.limits.maxConnections()) {
			return ConnectionRefusal.serverFull(this.limits.maxConnections());
		}
		if (this.perAddress.getOrDefault(address, 0) >= this.limits.maxConnectionsPerAddress()) {
			return ConnectionRefusal.addressFull(this.limits.maxConnectionsPerAddress());
		}
		return null;
	}

	/** Registers the socket, or returns false when it would exceed a cap. */
	synchronized boolean open(Connection connection) {
		if (refusalFor(connection.address()) != null) {
			return false;
		}
		this.byId.put(connection.getId(), connection);
		this.perAddress.merge(connection.address(), 1, Integer::sum);
		return true;
	}

	@Nullable Connection get(String id) {
		return this.byId.get(id);
	}

	synchronized @Nullable Connection remove(String id) {
		Connection connection = this.byId.remove(id);
		if (connection != null) {
			this.perAddress.computeIfPresent(connection.address(), (address, count) -> (count > 1) ? count - 1 : null);
		}
		return connection;
	}

	private void sweepSafely() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			logger.warn("Checking the open graphql-ws sockets failed; trying again at the next interval", ex);
		}
	}

	void sweep() {
		long idleNanos = this.limits.idleTimeout().toNanos();
		Map<String, KeyCheck> checks = new HashMap<>();
		for (Connection connection : this.byId.values()) {
			String authorization = connection.authorization();
			if (authorization != null
					&& checks.computeIfAbsent(authorization, this.authenticator::check) instanceof KeyCheck.Refused) {
				connection.endForInvalidKey(null);
			}
			else if (connection.idleFor(idleNanos)) {
				connection.closeQuietly(CloseCodes.IDLE);
			}
		}
	}

	@Override
	public void close() {
		this.sweeper.shutdownNow();
	}

}
