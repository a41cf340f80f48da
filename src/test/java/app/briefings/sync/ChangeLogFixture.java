package app.briefings.sync;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.MutableClock;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.RetractedBriefingReaders;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * One in-memory MongoDB server and as many "instances" of the change log components on it
 * as a test needs, each with its own client, on a clock the test moves. Briefings are
 * read from a map the test fills.
 */
final class ChangeLogFixture implements AutoCloseable {

	static final Duration RESERVATION_TIMEOUT = Duration.ofSeconds(30);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T20:00:00Z"));

	private final Map<String, Briefing> stored = new HashMap<>();

	private final List<MongoClient> clients = new ArrayList<>();

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final InetSocketAddress address = this.server.bind();

	MutableClock clock() {
		return this.clock;
	}

	Map<String, Briefing> stored() {
		return this.stored;
	}

	Instance instance(int maxScanned) {
		MongoClient client = MongoClients
			.create("mongodb://" + this.address.getHostString() + ":" + this.address.getPort());
		this.clients.add(client);
		MongoTemplate mongo = new MongoTemplate(client, "sync");
		SequenceReservations sequences = new SequenceReservations(mongo, this.clock, RESERVATION_TIMEOUT);
		BriefingRepository briefings = mock(BriefingRepository.class);
		given(briefings.findByIdIn(any())).willAnswer((call) -> storedAmong(call.getArgument(0)));
		RetractedBriefingReaders readers = mock(RetractedBriefingReaders.class);
		given(readers.asSeenBy(any(), any())).willAnswer((call) -> call.getArgument(1));
		ChangeLogReader reader = new ChangeLogReader(mongo, sequences);
		SyncProperties properties = new SyncProperties(Duration.ofDays(30), Duration.ofHours(1), RESERVATION_TIMEOUT,
				maxScanned, Duration.ofHours(1), 10_000, 10_000, DataSize.ofMegabytes(32));
		return new Instance(client, sequences, new BriefingChangeLog(mongo, sequences, this.clock), reader,
				new BriefingChanges(reader, briefings, readers, maxScanned), briefings, readers,
				new ChangeLogPruner(mongo, sequences, this.clock, properties));
	}

	private List<Briefing> storedAmong(Collection<String> ids) {
		List<Briefing> found = new ArrayList<>();
		for (String id : ids) {
			Briefing briefing = this.stored.get(id);
			if (briefing != null) {
				found.add(briefing);
			}
		}
		return found;
	}

	@Override
	public void close() {
		this.clients.forEach(MongoClient::close);
		this.server.shutdownNow();
	}

	/** The change log components of one application instance. */
	record Instance(MongoClient client, SequenceReservations sequences, BriefingChangeLog log, ChangeLogReader reader,
			BriefingChanges changes, BriefingRepository briefings, RetractedBriefingReaders readers,
			ChangeLogPruner pruner) {

		void close() {
			this.client.close();
		}

	}

}
