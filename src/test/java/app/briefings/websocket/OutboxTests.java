package app.briefings.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Outbox} against a transport whose writes complete only when the test says so,
 * like a client that reads when it likes.
 */
class OutboxTests {

	private final List<String> written = new ArrayList<>();

	private final List<List<String>> writes = new ArrayList<>();

	private final List<Consumer<@Nullable Throwable>> pending = new ArrayList<>();

	private final List<Outbox.Outcome> ends = new ArrayList<>();

	private final Outbox outbox = new Outbox((messages, done) -> {
		this.writes.add(messages);
		this.written.addAll(messages);
		this.pending.add(done);
	}, 10, this.ends::add);

	@Test
	void shouldWriteOneWriteAtATimeInTheOrderOffered() {
		this.outbox.offer("a");
		this.outbox.offer("b");
		this.outbox.offer("c");
		assertThat(this.written).containsExactly("a");
		assertThat(this.outbox.waitingChars()).isEqualTo(2);
		completeNext();
		assertThat(this.written).containsExactly("a", "b", "c");
		completeNext();
		assertThat(this.written).containsExactly("a", "b", "c");
		assertThat(this.outbox.waitingChars()).isZero();
		assertThat(this.ends).isEmpty();
	}

	@Test
	void shouldWriteAReplayBurstInTwoWrites() {
		Outbox roomy = new Outbox((messages, done) -> {
			this.writes.add(messages);
			this.written.addAll(messages);
			this.pending.add(done);
		}, 100_000, this.ends::add);
		List<String> replay = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			replay.add("{\"id\":\"1\",\"type\":\"next\",\"payload\":" + i + "}");
		}
		replay.forEach(roomy::offer);
		completeNext();
		completeNext();
		assertThat(this.writes).hasSize(2);
		assertThat(this.writes.get(0)).containsExactly(replay.get(0));
		assertThat(this.written).containsExactlyElementsOf(replay);
		assertThat(this.pending).isEmpty();
	}

	@Test
	void shouldKeepEachWriteWithinTheBatchLimits() {
		Outbox roomy = new Outbox((messages, done) -> {
			this.writes.add(messages);
			this.written.addAll(messages);
			this.pending.add(done);
		}, 1_000_000, this.ends::add);
		String large = "x".repeat(Outbox.BATCH_CHARS / 2);
		roomy.offer("first");
		for (int i = 0; i < Outbox.BATCH_MESSAGES + 1; i++) {
			roomy.offer("m" + i);
		}
		roomy.offer(large);
		roomy.offer(large);
		while (!this.pending.isEmpty()) {
			completeNext();
		}
		assertThat(this.writes).extracting(List::size).containsExactly(1, Outbox.BATCH_MESSAGES, 2, 1);
		assertThat(this.written).hasSize(Outbox.BATCH_MESSAGES + 4);
	}

	@Test
	void shouldWriteWhatWaitsWhenWritesCompleteOnTheWritingThread() {
		Outbox inline = new Outbox((messages, done) -> {
			this.written.addAll(messages);
			done.accept(null);
		}, 10, this.ends::add);
		inline.offer("a");
		inline.offer("b");
		assertThat(this.written).containsExactly("a", "b");
		assertThat(inline.waitingChars()).isZero();
	}

	@Test
	void shouldEndOnceWhenMoreWaitsThanTheLimitAndAcceptNothingAfter() {
		this.outbox.offer("first");
		this.outbox.offer("123456");
		this.outbox.offer("12345");
		this.outbox.offer("more");
		completeNext();
		assertThat(this.ends).containsExactly(Outbox.Outcome.OVERFLOW);
		assertThat(this.written).containsExactly("first");
	}

	@Test
	void shouldEndOnceWhenAWriteFails() {
		this.outbox.offer("a");
		this.outbox.offer("b");
		this.pending.remove(0).accept(new IllegalStateException("closed"));
		this.outbox.offer("c");
		assertThat(this.ends).containsExactly(Outbox.Outcome.FAILED);
		assertThat(this.written).containsExactly("a");
	}

	@Test
	void shouldRunTheFinishingStepOnlyAfterEverythingOfferedBeforeIsWritten() {
		List<String> steps = new ArrayList<>();
		this.outbox.offer("a");
		this.outbox.offer("b");
		this.outbox.finish(() -> steps.add("closed"));
		this.outbox.offer("after");
		assertThat(steps).isEmpty();
		completeNext();
		assertThat(steps).isEmpty();
		assertThat(this.written).containsExactly("a", "b");
		completeNext();
		assertThat(steps).containsExactly("closed");
		assertThat(this.written).containsExactly("a", "b");
	}

	@Test
	void shouldRunTheFinishingStepAtOnceWhenNothingWaits() {
		List<String> steps = new ArrayList<>();
		this.outbox.finish(() -> steps.add("closed"));
		assertThat(steps).containsExactly("closed");
	}

	private void completeNext() {
		this.pending.remove(0).accept(null);
	}

}
