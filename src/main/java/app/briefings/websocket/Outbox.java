package app.briefings.websocket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The messages waiting to be written to one socket, written one at a time without holding
 * a thread while the client reads: each write is handed to the container and the next
 * starts when it completes. What waits is bounded in characters; a client that lets more
 * pile up, or whose write fails, is reported once and its socket is closed by the caller.
 * Messages that queued while a write was under way go out together in the next write (at
 * most {@value #BATCH_MESSAGES} messages or {@value #BATCH_CHARS} characters), so a burst
 * such as a resumer's replay costs two writes instead of one per message. This replaces a
 * thread per socket that blocked on every write.
 */
final class Outbox {

	static final int BATCH_MESSAGES = 64;

	static final int BATCH_CHARS = 64 * 1024;

	private final Transport transport;

	private final long limit;

	private final Consumer<Outcome> onEnd;

	private final ArrayDeque<String> waiting = new ArrayDeque<>();

	private long waitingChars;

	private boolean writing;

	private boolean ended;

	private @Nullable Thread draining;

	private @Nullable Runnable afterLast;

	private boolean finishing;

	Outbox(Transport transport, long limit, Consumer<Outcome> onEnd) {
		this.transport = transport;
		this.limit = limit;
		this.onEnd = onEnd;
	}

	/** Queues a message and starts writing it unless a write is under way. */
	void offer(String message) {
		boolean overflow;
		synchronized (this) {
			if (this.ended || this.finishing) {
				return;
			}
			overflow = this.waitingChars + message.length() > this.limit;
			if (overflow) {
				endLocked();
			}
			else {
				this.waiting.addLast(message);
				this.waitingChars += message.length();
			}
		}
		if (overflow) {
			this.onEnd.accept(Outcome.OVERFLOW);
			return;
		}
		drain();
	}

	/** How many characters wait to be written, the one being written not included. */
	synchronized long waitingChars() {
		return this.waitingChars;
	}

	/**
	 * Accepts nothing more and runs the given step once everything offered before has
	 * been written (at once when nothing waits).
	 */
	void finish(Runnable then) {
		synchronized (this) {
			if (this.finishing) {
				return;
			}
			this.finishing = true;
			this.afterLast = then;
		}
		drain();
	}

	/** Drops what waits and writes nothing more. */
	synchronized void close() {
		endLocked();
	}

	private void endLocked() {
		this.ended = true;
		this.waiting.clear();
		this.waitingChars = 0;
	}

	private void drain() {
		synchronized (this) {
			if (this.draining != null) {
				return;
			}
			this.draining = Thread.currentThread();
		}
		while (true) {
			List<String> next;
			Runnable last = null;
			synchronized (this) {
				next = (this.writing || this.ended) ? null : takeBatchLocked();
				if (next == null) {
					this.draining = null;
					last = takeAfterLastWhenIdle();
				}
				else {
					this.writing = true;
				}
			}
			if (next == null) {
				if (last != null) {
					last.run();
				}
				return;
			}
			try {
				this.transport.write(next, this::written);
			}
			catch (RuntimeException ex) {
				written(ex);
			}
		}
	}

	private @Nullable List<String> takeBatchLocked() {
		String first = this.waiting.pollFirst();
		if (first == null) {
			return null;
		}
		List<String> batch = new ArrayList<>(Math.min(this.waiting.size() + 1, BATCH_MESSAGES));
		batch.add(first);
		long chars = first.length();
		while (batch.size() < BATCH_MESSAGES && !this.waiting.isEmpty()
				&& chars + this.waiting.peekFirst().length() <= BATCH_CHARS) {
			String message = this.waiting.pollFirst();
			batch.add(message);
			chars += message.length();
		}
		this.waitingChars -= chars;
		return batch;
	}

	private @Nullable Runnable takeAfterLastWhenIdle() {
		if (this.writing || (!this.ended && !this.waiting.isEmpty())) {
			return null;
		}
		Runnable last = this.afterLast;
		this.afterLast = null;
		return last;
	}

	private void written(@Nullable Throwable failure) {
		if (failure != null) {
			failed();
			return;
		}
		boolean drainHere;
		synchronized (this) {
			this.writing = false;
			drainHere = this.draining == null;
		}
		if (drainHere) {
			drain();
		}
	}

	private void failed() {
		boolean first;
		synchronized (this) {
			this.writing = false;
			first = !this.ended;
			endLocked();
		}
		if (first) {
			this.onEnd.accept(Outcome.FAILED);
		}
	}

	/** Why an outbox stopped writing. */
	enum Outcome {

		/** More waited than the limit allows: the client does not read. */
		OVERFLOW,

		/** A write failed or timed out. */
		FAILED

	}

	/**
	 * Writes text messages, in order and each as a message of its own, and reports the
	 * end of the last, with the failure if one failed.
	 */
	@FunctionalInterface
	interface Transport {

		void write(List<String> messages, Consumer<@Nullable Throwable> written);

	}

}
