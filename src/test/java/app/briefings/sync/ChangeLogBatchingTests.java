package app.briefings.sync;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.spy;

/**
 * Callers that log changes while another caller's write is running share the next
 * reservation and insert instead of paying for one each, and still return only once their
 * own changes are written, gap-free and in their order.
 */
class ChangeLogBatchingTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final InetSocketAddress address = this.server.bind();

	private final MongoClient client = MongoClients
		.create("mongodb://" + this.address.getHostString() + ":" + this.address.getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "sync");

	private final SequenceReservations sequences = spy(
			new SequenceReservations(this.mongo, Clock.systemUTC(), Duration.ofSeconds(30)));

	private final BriefingChangeLog log = new BriefingChangeLog(this.mongo, this.sequences, Clock.systemUTC());

	private final CountDownLatch firstReservationHeld = new CountDownLatch(1);

	private final CountDownLatch releaseFirst = new CountDownLatch(1);

	private final AtomicInteger reservations = new AtomicInteger();

	@AfterEach
	void stopServer() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void shouldWriteTheChangesOfCallersThatArriveDuringAWriteWithOneReservation() throws Exception {
		holdTheFirstReservation();
		Thread first = record("first", 1);
		assertThat(this.firstReservationHeld.await(30, TimeUnit.SECONDS)).isTrue();
		List<Thread> others = List.of(record("second", 2), record("third", 1), record("fourth", 3));
		await().atMost(Duration.ofSeconds(30)).until(() -> others.stream().allMatch(this::waitingOrDone));
		this.releaseFirst.countDown();
		first.join(30_000);
		for (Thread other : others) {
			other.join(30_000);
		}
		assertThat(this.reservations).hasValue(2);
		List<ChangeEntry> entries = new ArrayList<>(this.mongo.findAll(ChangeEntry.class));
		entries.sort(Comparator.comparingLong(ChangeEntry::sequence));
		assertThat(entries).extracting(ChangeEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(entries).extracting(ChangeEntry::briefingId)
			.containsExactlyInAnyOrder("first-0", "second-0", "second-1", "third-0", "fourth-0", "fourth-1",
					"fourth-2");
		assertThat(idsInOrder(entries, "second")).containsExactly("second-0", "second-1");
		assertThat(idsInOrder(entries, "fourth")).containsExactly("fourth-0", "fourth-1", "fourth-2");
	}

	@Test
	void shouldFailEveryCallerWhoseChangesWereInAFailedWrite() {
		willAnswer((call) -> {
			throw new IllegalStateException("the counter is unavailable");
		}).given(this.sequences).reserve(anyInt());
		assertThatIllegalStateException().isThrownBy(() -> this.log.record(changes("lost", 2)))
			.withMessage("the counter is unavailable");
		assertThat(this.mongo.findAll(ChangeEntry.class)).isEmpty();
	}

	private void holdTheFirstReservation() {
		willAnswer((call) -> {
			if (this.reservations.incrementAndGet() == 1) {
				this.firstReservationHeld.countDown();
				assertThat(this.releaseFirst.await(30, TimeUnit.SECONDS)).isTrue();
			}
			return call.callRealMethod();
		}).given(this.sequences).reserve(anyInt());
	}

	private Thread record(String document, int count) {
		Thread thread = new Thread(() -> this.log.record(changes(document, count)), "record-" + document);
		thread.start();
		return thread;
	}

	private boolean waitingOrDone(Thread thread) {
		Thread.State state = thread.getState();
		return state == Thread.State.WAITING || state == Thread.State.TERMINATED;
	}

	private static List<BriefingChangeLog.Change> changes(String document, int count) {
		List<BriefingChangeLog.Change> changes = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			changes.add(new BriefingChangeLog.Change(document + "-" + index, BriefingChangeKind.PUBLISHED, 1));
		}
		return changes;
	}

	private static List<String> idsInOrder(List<ChangeEntry> entries, String document) {
		List<String> ids = new ArrayList<>();
		for (ChangeEntry entry : entries) {
			if (entry.briefingId().startsWith(document + "-")) {
				ids.add(entry.briefingId());
			}
		}
		return ids;
	}

}
