package app.briefings.graphql.sse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue of one server-sent events stream, against a response whose writes block until
 * the test lets them through, as writes to a client that stopped reading do.
 */
class SseOutboxTests {

	private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(10);

	private final SseWriters writers = new SseWriters(new SseProperties(DataSize.ofBytes(2_000), WRITE_TIMEOUT, 4),
			JsonMapper.builder().build());

	private final BlockingResponse response = new BlockingResponse();

	private final AtomicInteger ended = new AtomicInteger();

	@AfterEach
	void stopWriters() {
		this.response.release();
		this.writers.destroy();
	}

	@Test
	void shouldQueueWithoutWaitingForABlockedWriteAndEndTheStreamWhenTheQueueOverflows() throws Exception {
		SseOutbox outbox = open();
		outbox.comment();
		this.response.awaitBlockedWrite();

		for (int event = 0; event < 20; event++) {
			outbox.next(null, Map.of("data", Map.of("title", "event " + event + " " + "x".repeat(100))));
		}

		assertThat(this.ended).as("the subscription was cancelled").hasValue(1);
		this.response.release();
		await().atMost(Duration.ofSeconds(10)).until(this.response::completed);
		assertThat(this.response.written).hasSize(3);
		assertThat(this.response.written.get(0)).isEqualTo("comment");
		assertThat(this.response.written.get(1)).contains("\"code\":\"SLOW_CONSUMER\"").contains("bytes of events");
		assertThat(this.response.written.get(2)).isEqualTo("complete");
	}

	@Test
	void shouldEndAStreamWhoseWriteMadeNoProgressForTheWriteTimeout() throws Exception {
		SseOutbox outbox = open();
		outbox.comment();
		this.response.awaitBlockedWrite();

		outbox.tick(System.nanoTime() + WRITE_TIMEOUT.toNanos() / 2);
		assertThat(this.ended).hasValue(0);
		outbox.tick(System.nanoTime() + WRITE_TIMEOUT.toNanos() + 1);
		assertThat(this.ended).hasValue(1);

		this.response.release();
		await().atMost(Duration.ofSeconds(10)).until(this.response::completed);
		assertThat(this.response.written.get(1)).contains("\"code\":\"SLOW_CONSUMER\"").contains("no progress");
	}

	@Test
	void shouldWriteEventsInOrderAndComplete() {
		this.response.release();
		SseOutbox outbox = open();
		outbox.comment();
		for (int event = 0; event < 5; event++) {
			outbox.next(Integer.toString(event), Map.of("data", Map.of("n", event)));
		}
		outbox.finish(null);

		await().atMost(Duration.ofSeconds(10)).until(this.response::completed);
		assertThat(this.response.written).containsExactly("comment", "0 next {\"data\":{\"n\":0}}",
				"1 next {\"data\":{\"n\":1}}", "2 next {\"data\":{\"n\":2}}", "3 next {\"data\":{\"n\":3}}",
				"4 next {\"data\":{\"n\":4}}", "complete");
		assertThat(this.ended).hasValue(0);
	}

	private SseOutbox open() {
		SseOutbox outbox = this.writers.open(this.response, null);
		outbox.onEnd(this.ended::incrementAndGet);
		return outbox;
	}

	/**
	 * A response that records what is written on it and holds every write until released.
	 */
	private static final class BlockingResponse implements ServerResponse.SseBuilder {

		final List<String> written = new CopyOnWriteArrayList<>();

		private final CountDownLatch released = new CountDownLatch(1);

		private final CountDownLatch writing = new CountDownLatch(1);

		private volatile boolean completed;

		private String id = "";

		private String event = "";

		void release() {
			this.released.countDown();
		}

		void awaitBlockedWrite() throws InterruptedException {
			assertThat(this.writing.await(10, TimeUnit.SECONDS)).isTrue();
		}

		boolean completed() {
			return this.completed;
		}

		private void block() throws IOException {
			this.writing.countDown();
			try {
				this.released.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}

		@Override
		public void send() throws IOException {
			block();
			this.written.add("comment");
		}

		@Override
		public void data(Object data) throws IOException {
			block();
			if (this.event.equals("complete")) {
				this.written.add("complete");
			}
			else {
				this.written.add((this.id + " " + this.event + " " + data).strip());
			}
			this.id = "";
			this.event = "";
		}

		@Override
		public ServerResponse.SseBuilder id(String id) {
			this.id = id;
			return this;
		}

		@Override
		public ServerResponse.SseBuilder event(String eventName) {
			this.event = eventName;
			return this;
		}

		@Override
		public ServerResponse.SseBuilder comment(String comment) {
			return this;
		}

		@Override
		public void complete() {
			this.completed = true;
		}

		@Override
		public void error(Throwable t) {
			this.written.add("error " + t);
		}

		@Override
		public void send(Object object) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ServerResponse.SseBuilder retry(Duration duration) {
			return this;
		}

		@Override
		public ServerResponse.SseBuilder onTimeout(Runnable onTimeout) {
			return this;
		}

		@Override
		public ServerResponse.SseBuilder onError(Consumer<Throwable> onError) {
			return this;
		}

		@Override
		public ServerResponse.SseBuilder onComplete(Runnable onCompletion) {
			return this;
		}

	}

}
