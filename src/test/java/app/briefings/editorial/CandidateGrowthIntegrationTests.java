package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.briefings.IntegrationTest;
import app.briefings.briefing.MentionedEntityType;
import app.briefings.ingestion.EntityCandidatesFound.FoundCandidate;
import app.briefings.ingestion.EntityCandidatesFound;
import com.mongodb.client.model.Filters;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name extraction meets over and over, also from concurrent ingestions, keeps a
 * candidate document of bounded size: its most recent contexts and a count of all of
 * them. Before, every context was added to the document, which a name met tens of
 * thousands of times drives toward MongoDB's 16 MB limit, after which every ingestion
 * that meets it reports an error.
 */
@IntegrationTest
class CandidateGrowthIntegrationTests {

	private static final int SIGHTINGS = 20_000;

	private static final int THREADS = 4;

	private static final int MAX_CANDIDATE_BYTES = 64 * 1024;

	private static final String BRIEFING_PREFIX = "b-growth-";

	@Autowired
	CandidateRecorder recorder;

	@Autowired
	CandidateProperties properties;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldKeepABoundedCandidateWithTheRightCountForANameSeenTwentyThousandTimes() throws Exception {
		String key = "growth-" + UUID.randomUUID();
		String id = EntityCandidate.idFor(MentionedEntityType.OFFICIAL, key);
		try {
			recordConcurrently(key);
			List<CandidateContext> kept = this.mongo.findById(id, EntityCandidate.class).contexts();
			seeAgain(key, kept.subList(0, 5));
			EntityCandidate candidate = this.mongo.findById(id, EntityCandidate.class);
			assertThat(candidate.placesWritten()).isEqualTo(SIGHTINGS);
			assertThat(candidate.contexts()).hasSize(this.properties.keptContexts()).isEqualTo(kept);
			assertThat(candidate.contexts()).extracting(CandidateContext::briefingId).doesNotHaveDuplicates();
			assertThat(storedBytes(id)).isLessThan(MAX_CANDIDATE_BYTES);
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("_id").is(id)), EntityCandidate.class);
		}
	}

	/**
	 * Records every sighting once, from several threads as concurrent ingestions would.
	 */
	private void recordConcurrently(String key) throws Exception {
		int share = SIGHTINGS / THREADS;
		List<Callable<Void>> recorders = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			int from = thread * share;
			recorders.add(() -> {
				for (int sighting = from; sighting < from + share; sighting++) {
					record(key, sighting);
				}
				return null;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			for (Future<Void> recorded : pool.invokeAll(recorders)) {
				recorded.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** Records the sightings of contexts already kept again, as a re-extraction would. */
	private void seeAgain(String key, List<CandidateContext> contexts) {
		for (CandidateContext context : contexts) {
			record(key, Integer.parseInt(context.briefingId().substring(BRIEFING_PREFIX.length())));
		}
	}

	private void record(String key, int sighting) {
		FoundCandidate found = new FoundCandidate(BRIEFING_PREFIX + sighting, "Tarvelion Ostrakov", key,
				MentionedEntityType.OFFICIAL, List.of(), 10, 28,
				"said Tarvelion Ostrakov on Tuesday in a statement about the exercise");
		this.recorder.onCandidatesFound(new EntityCandidatesFound("d-growth", List.of(found)));
	}

	private int storedBytes(String id) {
		RawBsonDocument stored = this.mongo.getCollection("candidates")
			.withDocumentClass(RawBsonDocument.class)
			.find(Filters.eq("_id", id))
			.first();
		return stored.getByteBuffer().remaining();
	}

}
