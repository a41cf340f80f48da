package app.briefings.graphql.sse;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The threads that write every server-sent events stream, apart from the threads that
 * produce events, and one timer for all streams that sends their keep-alives and ends
 * those whose write has stalled ({@link SseOutbox}). A thread is taken only while a
 * stream has something to write, and one stuck on a client that stopped reading holds
 * that stream alone.
 */
@Component
public class SseWriters implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SseWriters.class);

	private static final long MAX_TICK_MILLIS = 1000;

	private final SseProperties properties;

	private final JsonMapper json;

	private final ThreadPoolExecutor threads;

	private final ScheduledExecutorService timer;

	private final Set<SseOutbox> open = ConcurrentHashMap.newKeySet();

	SseWriters(SseProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.threads = new ThreadPoolExecutor(0, properties.writerThreads(), 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), new CustomizableThreadFactory("sse-writer-"));
		this.timer = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("sse-timer-"));
		long tick = Math.max(10, Math.min(MAX_TICK_MILLIS, properties.writeTimeout().toMillis() / 4));
		this.timer.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
	}

	/** The outbox of a new stream, sending keep-alives every period when one is given. */
	SseOutbox open(ServerResponse.SseBuilder sse, @Nullable Duration keepAlive) {
		SseOutbox outbox = new SseOutbox(sse, this, this.json, this.properties, keepAlive);
		this.open.add(outbox);
		return outbox;
	}

	/**
	 * Runs a stream's write on a writer thread.
	 * @return false when every thread is busy; the timer tries again on its next tick
	 */
	boolean execute(Runnable write) {
		try {
			this.threads.execute(write);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	void forget(SseOutbox outbox) {
		this.open.remove(outbox);
	}

	/** Streams open now. */
	int streams() {
		return this.open.size();
	}

	private void tick() {
		long now = System.nanoTime();
		for (SseOutbox outbox : this.open) {
			try {
				outbox.tick(now);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not look after a server-sent events stream: {}", ex.toString());
			}
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
		this.threads.shutdownNow();
	}

}
