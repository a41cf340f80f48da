package app.briefings.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.briefings.IntegrationTest;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.Quote;
import app.briefings.briefing.QuoteKind;
import app.briefings.briefing.Source;
import app.briefings.briefing.TextSpan;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.node.GlobalId;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * An editor corrects a quote's speaker in a briefing that a re-extraction rewrote after
 * the editor's request read it: the speaker goes to the quote where it is now, and never
 * to a position past the end of a shortened quote list, which MongoDB would pad with
 * nulls.
 */
@IntegrationTest
class QuoteCorrectorIntegrationTests {

	@Autowired
	MongoOperations mongo;

	@Autowired
	BriefingRepository briefings;

	@Autowired
	KnowledgeBaseEditor editor;

	@Autowired
	SpeakerFixes fixes;

	@Autowired
	BriefingEdits edits;

	@Test
	void shouldRefuseAndLeaveTheQuotesAloneWhenTheQuoteIsGone() {
		String speaker = insertOfficial("qc-gone-speaker", "Gone Speaker");
		store(briefing("qc-gone", quote("We will talk")));
		QuoteCorrector corrector = correctorReading(
				briefing("qc-gone", quote("We will talk"), quote("We will sign"), quote("We will leave")));
		assertThatExceptionOfType(EditorialException.class)
			.isThrownBy(() -> corrector.correct(GlobalId.encode("Briefing", "qc-gone"), 2, speaker))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CONFLICT));
		assertThat(storedQuotes("qc-gone")).hasSize(1).doesNotContainNull();
		assertThat(storedQuotes("qc-gone").get(0).get("speakerId")).isNull();
	}

	@Test
	void shouldGiveTheSpeakerToTheQuoteWhereItIsNow() {
		String speaker = insertOfficial("qc-moved-speaker", "Moved Speaker");
		store(briefing("qc-moved", quote("We will leave"), quote("We will talk")));
		QuoteCorrector corrector = correctorReading(
				briefing("qc-moved", quote("We will talk"), quote("We will sign"), quote("We will leave")));
		CorrectedQuote corrected = corrector.correct(GlobalId.encode("Briefing", "qc-moved"), 2, speaker);
		assertThat(corrected.briefing().quotes()).extracting(Quote::speakerId)
			.containsExactly("qc-moved-speaker", null);
		assertThat(storedQuotes("qc-moved")).hasSize(2).doesNotContainNull();
	}

	/** A corrector whose first read of the briefing returns what was stored before. */
	private QuoteCorrector correctorReading(Briefing before) {
		BriefingRepository stale = mock(BriefingRepository.class);
		given(stale.findById(before.id())).willReturn(Optional.of(before))
			.willAnswer((invocation) -> this.briefings.findById(before.id()));
		return new QuoteCorrector(stale, this.editor, this.fixes, this.edits);
	}

	private void store(Briefing briefing) {
		this.mongo.remove(new Query(Criteria.where("_id").is(briefing.id())), Briefing.class);
		this.mongo.insert(briefing);
	}

	private List<Document> storedQuotes(String id) {
		return this.mongo.findById(id, Document.class, "briefings").getList("quotes", Document.class);
	}

	private String insertOfficial(String id, String name) {
		this.mongo.remove(new Query(Criteria.where("_id").is(id)), "officials");
		this.mongo.insert(new Document("_id", id).append("name", name)
			.append("aliases", List.of())
			.append("positions", List.of())
			.append("reviewStatus", "UNREVIEWED"), "officials");
		return GlobalId.encode("Official", id);
	}

	private static Quote quote(String text) {
		return new Quote(text, QuoteKind.DIRECT, new TextSpan(0, text.length()), 0.9, null, null, null, "said", null);
	}

	private static Briefing briefing(String id, Quote... quotes) {
		Instant now = Instant.parse("2025-04-03T00:00:00Z");
		return new Briefing(id, "d-" + id, 0, "Talks in Osh", "Talks went on in Osh.", null, now, DateSource.DOCUMENT,
				"en", new Source("Wire", null, null), List.of(), List.of(quotes), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, now);
	}

}
