package app.briefings.graphql.sse;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.servlet.function.ServerResponse;

/**
 * What waits to be written on one server-sent events stream. Whoever produces an event (a
 * delivery thread, the keep-alive timer) only queues it and returns; one writer thread at
 * a time writes the queue in order. A stream whose queue grows past its bound, or whose
 * write makes no progress for the write timeout (a client that stopped reading), is
 * ended: its subscription is cancelled at once, what waited is dropped, and a coded
 * {@code SLOW_CONSUMER} event and {@code complete} follow, which the client reads if it
 * ever reads again.
 */
final class SseOutbox {

	private static final Logger logger = LoggerFactory.getLogger(SseOutbox.class);

	private static final long IDLE = Long.MIN_VALUE;

	private final ServerResponse.SseBuilder sse;

	private final SseWriters writers;

	private final JsonMapper json;

	private final long capacity;

	private final long writeTimeout;

	private final long keepAlive;

	private final Queue<SseFrame> frames = new ConcurrentLinkedQueue<>();

	private final AtomicLong queuedBytes = new AtomicLong();

	private final AtomicBoolean writing = new AtomicBoolean();

	private final AtomicBoolean ended = new AtomicBoolean();

	private volatile boolean closed;

	private volatile long writeStarted = IDLE;

	private volatile long lastQueued = System.nanoTime();

	private volatile Runnable onEnd = () -> {
	};

	SseOutbox(ServerResponse.SseBuilder sse, SseWriters writers, JsonMapper json, SseProperties properties,
			@Nullable Duration keepAlive) {
		this.sse = sse;
		this.writers = writers;
		this.json = json;
		this.capacity = properties.streamBuffer().toBytes();
		this.writeTimeout = properties.writeTimeout().toNanos();
		this.keepAlive = (keepAlive != null) ? keepAlive.toNanos() : 0;
	}

	/** What to do when the stream ends early: cancel its subscription. */
	void onEnd(Runnable action) {
		this.onEnd = action;
	}

	/** Queues a {@code next} event, or ends the stream when it would overflow. */
	void next(@Nullable String id, Map<String, Object> result) {
		if (this.ended.get()) {
			return;
		}
		send(SseFrame.next(id, this.json.writeValueAsString(result)));
	}

	/** Queues an empty comment, which sends the headers at once. */
	void comment() {
		if (!this.ended.get()) {
			send(SseFrame.COMMENT);
		}
	}

	/** Queues the last event, if any, and {@code complete}; nothing is queued after. */
	void finish(@Nullable Map<String, Object> last) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		if (last != null) {
			this.frames.add(SseFrame.next(null, this.json.writeValueAsString(last)));
		}
		this.frames.add(SseFrame.COMPLETE);
		drain();
	}

	/** The client left or the response ended: nothing more is written. */
	void close() {
		this.closed = true;
		this.ended.set(true);
		this.frames.clear();
		this.writers.forget(this);
		this.onEnd.run();
	}

	/**
	 * Called by the writers' timer: ends a stream whose write has stalled, sends a
	 * keep-alive on a quiet one, and writes what a busy writer pool left queued.
	 */
	void tick(long now) {
		long started = this.writeStarted;
		if (started != IDLE && now - started > this.writeTimeout) {
			endSlow("A write on this stream made no progress for " + Duration.ofNanos(this.writeTimeout).toMillis()
					+ " ms (the client stopped reading), so its subscription ended; subscribe again and read faster");
			return;
		}
		if (this.keepAlive > 0 && now - this.lastQueued >= this.keepAlive) {
			comment();
		}
		drain();
	}

	private void send(SseFrame frame) {
		if (this.queuedBytes.addAndGet(frame.size()) > this.capacity) {
			endSlow("More than " + this.capacity
					+ " bytes of events waited to be written on this stream, so its subscription ended; "
					+ "subscribe again and read faster");
			return;
		}
		this.lastQueued = System.nanoTime();
		this.frames.add(frame);
		drain();
	}

	private void endSlow(String message) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		this.onEnd.run();
		this.frames.clear();
		ApiException slow = new ApiException(ErrorCode.SLOW_CONSUMER, message);
		Map<String, Object> errors = Map.of("errors", List.of(slow.toGraphQlError().toSpecification()));
		this.frames.add(SseFrame.next(null, this.json.writeValueAsString(errors)));
		this.frames.add(SseFrame.COMPLETE);
		logger.info("Ended a server-sent events stream whose client did not read (SLOW_CONSUMER): {}", message);
		drain();
	}

	private void drain() {
		if (this.closed || this.frames.isEmpty() || !this.writing.compareAndSet(false, true)) {
			return;
		}
		if (!this.writers.execute(this::writeQueued)) {
			this.writing.set(false);
		}
	}

	private void writeQueued() {
		try {
			SseFrame frame = this.frames.poll();
			while (frame != null && !this.closed) {
				this.queuedBytes.addAndGet(-frame.size());
				if (!write(frame)) {
					return;
				}
				frame = this.frames.poll();
			}
		}
		finally {
			this.writing.set(false);
		}
		drain();
	}

	private boolean write(SseFrame frame) {
		this.writeStarted = System.nanoTime();
		try {
			frame.writeTo(this.sse);
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			close();
			this.sse.error(ex);
			return false;
		}
		finally {
			this.writeStarted = IDLE;
		}
	}

}
