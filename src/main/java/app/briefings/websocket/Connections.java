package app.briefings.websocket;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>
 * Counting takes no lock: a burst of upgrades queued up to 200 container threads behind
 * one monitor, each hand-over waiting for a busy machine to schedule the next waiter, so
 * the counts are atomic and a socket is admitted by compare-and-set within its caps.
 */
final class Connections implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Connections.class);

	private final WebSocketLimits limits;

	private final CallerAuthenticator authenticator;

	private final Map<String, Connection> byId = new ConcurrentHashMap<>();

	private final AtomicInteger total = new AtomicInteger();

	private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();

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
	@Nullable ConnectionRefusal refusalFor(String address) {
		if (this.total.get() >= this.limits.maxConnections()) {
			return ConnectionRefusal.serverFull(this.limits.maxConnections());
		}
		AtomicInteger fromAddress = this.perAddress.get(address);
		if (fromAddress != null && fromAddress.get() >= this.limits.maxConnectionsPerAddress()) {
			return ConnectionRefusal.addressFull(this.limits.maxConnectionsPerAddress());
		}
		return null;
	}

	/** Registers the socket, or returns false when it would exceed a cap. */
	boolean open(Connection connection) {
		if (!incrementBelow(this.total, this.limits.maxConnections())) {
			return false;
		}
		if (!admitFrom(connection.address())) {
			this.total.decrementAndGet();
			return false;
		}
		this.byId.put(connection.getId(), connection);
		return true;
	}

	@Nullable Connection get(String id) {
		return this.byId.get(id);
	}

	@Nullable Connection remove(String id) {
		Connection connection = this.byId.remove(id);
		if (connection != null) {
			this.total.decrementAndGet();
			leaveFrom(connection.address());
		}
		return connection;
	}

	private boolean admitFrom(String address) {
		while (true) {
			AtomicInteger count = this.perAddress.computeIfAbsent(address, (key) -> new AtomicInteger());
			int current = count.get();
			if (current < 0) {
				this.perAddress.remove(address, count);
				continue;
			}
			if (current >= this.limits.maxConnectionsPerAddress()) {
				return false;
			}
			if (count.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

	/**
	 * Counts one socket of the address out; the last one retires the address's counter
	 * (marked -1 so that no admission counts on it meanwhile) and removes it.
	 */
	private void leaveFrom(String address) {
		AtomicInteger count = this.perAddress.get(address);
		if (count != null && count.decrementAndGet() == 0 && count.compareAndSet(0, -1)) {
			this.perAddress.remove(address, count);
		}
	}

	private static boolean incrementBelow(AtomicInteger count, int limit) {
		while (true) {
			int current = count.get();
			if (current >= limit) {
				return false;
			}
			if (count.compareAndSet(current, current + 1)) {
				return true;
			}
		}
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
