package app.briefings.ingestion;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.DatabaseOutageTest;
import app.briefings.GraphQlHttp;
import app.briefings.briefing.Briefing;
import app.briefings.graphql.node.GlobalId;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Four clients ingest their own documents concurrently while the database goes away for a
 * while and comes back. Every acknowledged document keeps its briefings, every failure
 * reaches its client as a coded error, and the clients' retries leave exactly one
 * document and one briefing set per external id, none of them pending. Shares the outage
 * context (see {@link DatabaseOutageTest}), since it takes the database away.
 */
@DatabaseOutageTest
class IngestionFaultIntegrationTests {

	private static final int CLIENTS = 4;

	private static final int DOCUMENTS_PER_CLIENT = 25;

	private static final int CALLS_BEFORE_OUTAGE = 20;

	private static final Duration RETRY_INTERVAL = Duration.ofMillis(250);

	private static final String INGEST = """
			mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { duplicate briefings { id } } }""";

	private static final String[] SPEAKERS = { "Russian Foreign Minister Sergey Lavrov",
			"Kyrgyz Defense Minister Baktybek Bekbolotov", "CSTO Secretary General Imangali Tasmagambetov" };

	@Autowired
	EmbeddedMongoServer mongoServer;

	@Autowired
	MongoOperations mongo;

	@LocalServerPort
	int port;

	private final AtomicInteger callsAnswered = new AtomicInteger();

	private final CountDownLatch outageStarted = new CountDownLatch(1);

	private final CountDownLatch outageOver = new CountDownLatch(1);

	private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

	private final AtomicInteger duplicatesAcknowledged = new AtomicInteger();

	private final AtomicInteger failuresBegunDuringOutage = new AtomicInteger();

	private final List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());

	@Test
	void shouldKeepEveryAcknowledgedDocumentAndCompleteEveryFailedOneOnRetry() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
		try {
			List<Future<?>> clients = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				int number = client;
				clients.add(pool.submit(() -> runClient(number)));
			}
			Future<?> outage = pool.submit(this::takeTheDatabaseAwayInTheMiddle);
			outage.get(60, TimeUnit.SECONDS);
			for (Future<?> client : clients) {
				client.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf(
				"[fault] %d documents acknowledged (%d of them as duplicates on retry), %d failed calls reported %s%n",
				this.acknowledged.size(), this.duplicatesAcknowledged.get(), this.failures.size(),
				this.failures.stream().map(Failure::code).toList());
		assertThat(this.failures).as("the outage made some calls fail").isNotEmpty();
		assertThat(this.failures).extracting(Failure::code).containsOnly("UNAVAILABLE");
		assertThat(this.acknowledged).hasSize(CLIENTS * DOCUMENTS_PER_CLIENT);
		assertThat(this.mongo.count(new Query(Criteria.where("status").is(DocumentStatus.PENDING)), RawDocument.class))
			.isZero();
		this.acknowledged.forEach(this::assertStoredOnceWithItsBriefings);
	}

	private void assertStoredOnceWithItsBriefings(String externalId, List<String> acknowledgedBriefingIds) {
		List<RawDocument> documents = this.mongo.find(new Query(Criteria.where("externalId").is(externalId)),
				RawDocument.class);
		assertThat(documents).as(externalId).singleElement().satisfies((document) -> {
			assertThat(document.status()).isEqualTo(DocumentStatus.DONE);
			List<Briefing> briefings = this.mongo.find(new Query(Criteria.where("documentId").is(document.id())),
					Briefing.class);
			assertThat(briefings).as(externalId).isNotEmpty().hasSize(document.briefingIds().size());
			assertThat(briefings).extracting(Briefing::id)
				.as(externalId)
				.containsExactlyInAnyOrderElementsOf(acknowledgedBriefingIds);
		});
	}

	/**
	 * Stops the database once some calls were answered and starts it again once a call
	 * that began during the outage has failed: such a call waited through the driver's
	 * server selection timeout, so the outage outlasts it (a shorter one is bridged by
	 * server selection, and only the calls in flight when connections drop fail).
	 */
	private void takeTheDatabaseAwayInTheMiddle() {
		try {
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> this.callsAnswered.get() >= CALLS_BEFORE_OUTAGE);
			this.mongoServer.stopListening();
			this.outageStarted.countDown();
			System.out.printf("[fault] database stopped after %d answered calls%n", this.callsAnswered.get());
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> this.failuresBegunDuringOutage.get() > 0);
		}
		finally {
			this.mongoServer.resumeListening();
			this.outageOver.countDown();
		}
	}

	private Void runClient(int client) throws Exception {
		GraphQlHttp http = new GraphQlHttp(this.port, DatabaseOutageTest.API_KEY);
		List<String> toRetry = new ArrayList<>();
		for (int index = 0; index < DOCUMENTS_PER_CLIENT; index++) {
			String externalId = "fault-" + client + "-" + index;
			if (!ingestOnce(http, externalId, textOf(client, index))) {
				toRetry.add(externalId);
			}
		}
		this.outageOver.await(60, TimeUnit.SECONDS);
		for (String externalId : toRetry) {
			retryUntilAcknowledged(http, externalId);
		}
		return null;
	}

	private void retryUntilAcknowledged(GraphQlHttp http, String externalId) {
		String[] parts = externalId.split("-");
		String text = textOf(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		await().atMost(Duration.ofSeconds(60))
			.pollDelay(Duration.ZERO)
			.pollInterval(RETRY_INTERVAL)
			.until(() -> ingestOnce(http, externalId, text));
	}

	@SuppressWarnings("unchecked")
	private boolean ingestOnce(GraphQlHttp http, String externalId, String text) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("text", text);
		input.put("externalId", externalId);
		input.put("publishedAt", "2025-04-03");
		boolean begunDuringOutage = this.outageStarted.getCount() == 0 && this.outageOver.getCount() == 1;
		try {
			GraphQlHttp.Answer answer = http.post(INGEST, Map.of("input", input));
			this.callsAnswered.incrementAndGet();
			if (!answer.errors().isEmpty() || answer.data() == null || answer.data().get("ingestDocument") == null) {
				if (begunDuringOutage) {
					this.failuresBegunDuringOutage.incrementAndGet();
				}
				this.failures.add(
						new Failure(externalId, String.valueOf(answer.errorCodes()).replace("[", "").replace("]", "")));
				return false;
			}
			Map<String, Object> payload = (Map<String, Object>) answer.data().get("ingestDocument");
			if (Boolean.TRUE.equals(payload.get("duplicate"))) {
				this.duplicatesAcknowledged.incrementAndGet();
			}
			List<String> ids = new ArrayList<>();
			for (Map<String, Object> briefing : (List<Map<String, Object>>) payload.get("briefings")) {
				ids.add(GlobalId.decode((String) briefing.get("id"), "Briefing"));
			}
			assertThat(ids).as("an acknowledged ingestion of " + externalId + " returns its briefings").isNotEmpty();
			List<String> previous = this.acknowledged.putIfAbsent(externalId, ids);
			if (previous != null) {
				assertThat(ids).as("a repeated acknowledgement of " + externalId).isEqualTo(previous);
			}
			return true;
		}
		catch (IOException ex) {
			this.failures.add(new Failure(externalId, "HTTP " + ex.getClass().getSimpleName()));
			return false;
		}
	}

	private static String textOf(int client, int index) {
		String speaker = SPEAKERS[(client + index) % SPEAKERS.length];
		return "MOSCOW, April 3 -- " + speaker + " said in statement " + index + " to desk " + client
				+ " that the CSTO would hold consultations on border security in the autumn.";
	}

	private record Failure(String externalId, String code) {
	}

}
