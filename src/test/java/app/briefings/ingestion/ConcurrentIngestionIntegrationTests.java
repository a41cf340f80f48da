package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.briefing.Briefing;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.RawDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight clients send the same 500 distinct documents, each in its own shuffled order, in
 * {@code ingestDocuments} batches over HTTP at the same time. Every batch must be
 * answered with a result per document carrying its briefings (a batch the server abandons
 * at its request timeout is sent again, as clients do), every document must be answered
 * with the same briefing ids in all of them, and MongoDB must hold exactly one document
 * and one briefing set per external id.
 */
@IntegrationTest
class ConcurrentIngestionIntegrationTests {

	private static final String PARTNER = "concurrent-volume";

	private static final int CLIENTS = 8;

	private static final int DOCUMENTS = 500;

	private static final int BATCH_SIZE = 25;

	private static final int MAX_RETRIES = 10;

	private static final String INGEST_ALL = """
			mutation($inputs: [IngestDocumentInput!]!) {
			  ingestDocuments(inputs: $inputs) { results { index externalId outcome briefings { id } } }
			}""";

	private static final String[] SPEAKERS = { "Russian Foreign Minister Sergey Lavrov",
			"Kyrgyz Defense Minister Baktybek Bekbolotov", "CSTO Secretary General Imangali Tasmagambetov" };

	private static final String[] TOPICS = { "border security", "joint air defence", "drug trafficking",
			"peacekeeping training", "cyber threats", "military supplies", "the regional anti-terrorist structure" };

	@Autowired
	MongoOperations mongo;

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();

	private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger timedOut = new AtomicInteger();

	@Test
	void shouldStoreEachDocumentOnceWhenEightClientsSendTheSameDocumentsConcurrently() throws Exception {
		Map<String, String> documents = documents();
		String apiKey = partnerKey();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> clients = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				int seed = client;
				clients.add(pool.submit(() -> runClient(new GraphQlHttp(this.port, apiKey), documents, seed)));
			}
			for (Future<?> client : clients) {
				client.get(600, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		System.out.printf(
				"[volume] %d clients sent %d documents each in %d batches of %d: %d ms, %d batches sent again"
						+ " after a REQUEST_TIMEOUT%n",
				CLIENTS, DOCUMENTS, this.calls.get(), BATCH_SIZE, millis, this.timedOut.get());
		assertThat(this.mismatches).isEmpty();
		assertThat(this.calls.get()).isEqualTo(CLIENTS * DOCUMENTS / BATCH_SIZE);
		assertThat(this.acknowledged).hasSize(DOCUMENTS);
		assertThat(this.created).allSatisfy(
				(externalId, count) -> assertThat(count.get()).as("answers that created " + externalId).isEqualTo(1));
		if (this.timedOut.get() == 0) {
			assertThat(this.created).as("documents created, when no batch was abandoned").hasSize(DOCUMENTS);
		}
		assertStoredOnce(documents);
	}

	private void assertStoredOnce(Map<String, String> documents) {
		List<RawDocument> stored = this.mongo.find(new Query(Criteria.where("partner").is(PARTNER)), RawDocument.class);
		assertThat(stored).hasSize(DOCUMENTS);
		assertThat(stored).extracting(RawDocument::externalId).containsExactlyInAnyOrderElementsOf(documents.keySet());
		Set<String> documentIds = new HashSet<>();
		stored.forEach((document) -> documentIds.add(document.id()));
		List<Briefing> briefings = this.mongo.find(new Query(Criteria.where("documentId").in(documentIds)),
				Briefing.class);
		Map<String, List<String>> briefingIdsByDocument = new LinkedHashMap<>();
		for (Briefing briefing : briefings) {
			briefingIdsByDocument.computeIfAbsent(briefing.documentId(), (id) -> new ArrayList<>()).add(briefing.id());
		}
		Set<String> distinct = new HashSet<>();
		briefings.forEach((briefing) -> distinct.add(briefing.id()));
		assertThat(distinct).hasSize(briefings.size());
		for (RawDocument document : stored) {
			assertThat(document.status()).as(document.externalId()).isEqualTo(DocumentStatus.DONE);
			assertThat(document.version()).as(document.externalId()).isEqualTo(1);
			assertThat(briefingIdsByDocument.get(document.id())).as(document.externalId())
				.containsExactlyInAnyOrderElementsOf(document.briefingIds())
				.containsExactlyInAnyOrderElementsOf(decoded(this.acknowledged.get(document.externalId())));
		}
	}

	private Void runClient(GraphQlHttp http, Map<String, String> documents, int seed) throws Exception {
		List<String> order = new ArrayList<>(documents.keySet());
		Collections.shuffle(order, new Random(seed));
		for (int from = 0; from < order.size(); from += BATCH_SIZE) {
			List<String> batch = order.subList(from, Math.min(from + BATCH_SIZE, order.size()));
			List<Map<String, Object>> inputs = new ArrayList<>();
			for (String externalId : batch) {
				inputs.add(Map.of("text", documents.get(externalId), "externalId", externalId, "publishedAt",
						"2025-04-03"));
			}
			check(batch, postUntilNotTimedOut(http, inputs));
		}
		return null;
	}

	/**
	 * Posts the batch, and again while the server abandons it at its request timeout, as
	 * a client does: ingestion is idempotent, and the machine may be busy.
	 */
	private GraphQlHttp.Answer postUntilNotTimedOut(GraphQlHttp http, List<Map<String, Object>> inputs)
			throws Exception {
		GraphQlHttp.Answer answer = http.post(INGEST_ALL, Map.of("inputs", inputs));
		this.calls.incrementAndGet();
		for (int retry = 0; retry < MAX_RETRIES && answer.errorCodes().contains("REQUEST_TIMEOUT"); retry++) {
			this.timedOut.incrementAndGet();
			answer = http.post(INGEST_ALL, Map.of("inputs", inputs));
		}
		return answer;
	}

	@SuppressWarnings("unchecked")
	private void check(List<String> batch, GraphQlHttp.Answer answer) {
		if (!answer.errors().isEmpty() || answer.data() == null) {
			this.mismatches.add("call failed with HTTP " + answer.status() + " " + answer.errors());
			return;
		}
		Map<String, Object> payload = (Map<String, Object>) answer.data().get("ingestDocuments");
		List<Map<String, Object>> results = (List<Map<String, Object>>) payload.get("results");
		if (results.size() != batch.size()) {
			this.mismatches.add(results.size() + " results for " + batch.size() + " documents");
			return;
		}
		for (int index = 0; index < batch.size(); index++) {
			checkResult(index, batch.get(index), results.get(index));
		}
	}

	@SuppressWarnings("unchecked")
	private void checkResult(int index, String externalId, Map<String, Object> result) {
		String outcome = (String) result.get("outcome");
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> briefing : (List<Map<String, Object>>) result.get("briefings")) {
			ids.add((String) briefing.get("id"));
		}
		if (!Integer.valueOf(index).equals(result.get("index")) || !externalId.equals(result.get("externalId"))
				|| ids.isEmpty() || !(outcome.equals("CREATED") || outcome.equals("DUPLICATE"))) {
			this.mismatches.add("result " + index + " for " + externalId + ": " + result);
			return;
		}
		if (outcome.equals("CREATED")) {
			this.created.computeIfAbsent(externalId, (id) -> new AtomicInteger()).incrementAndGet();
		}
		List<String> previous = this.acknowledged.putIfAbsent(externalId, ids);
		if (previous != null && !previous.equals(ids)) {
			this.mismatches.add(externalId + " answered with " + ids + " and with " + previous);
		}
	}

	private static List<String> decoded(List<String> globalIds) {
		List<String> ids = new ArrayList<>(globalIds.size());
		globalIds.forEach((id) -> ids.add(app.briefings.graphql.node.GlobalId.decode(id, "Briefing")));
		return ids;
	}

	/** 500 distinct single-item documents of 1 to 4 kB, the same on every run. */
	private static Map<String, String> documents() {
		Random random = new Random(500);
		Map<String, String> documents = new LinkedHashMap<>();
		for (int number = 0; number < DOCUMENTS; number++) {
			int length = 1000 + random.nextInt(3000);
			StringBuilder text = new StringBuilder("MOSCOW, April 3 -- ");
			int sentence = 0;
			while (text.length() < length) {
				text.append(SPEAKERS[random.nextInt(SPEAKERS.length)])
					.append(" said in statement ")
					.append(number)
					.append('.')
					.append(sentence++)
					.append(" that the CSTO would hold consultations on ")
					.append(TOPICS[random.nextInt(TOPICS.length)])
					.append(" in the autumn. ");
			}
			documents.put("concurrent-" + number, text.toString().strip());
		}
		return documents;
	}

	private String partnerKey() {
		return TestApiKeys.create(this.graphQl, PARTNER, "PARTNER");
	}

}
