package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.Quote;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.graphql.GlobalId;
import app.briefings.ingestion.QuoteSpeakerCorrections;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Gives a quote the speaker an editor chose: at once in the stored briefing, and as a
 * correction that every later extraction of the document applies again. The stored
 * briefing may have been rewritten since it was read (a re-extraction can shorten or
 * reorder its quotes), so the speaker is set only where the quote read is still at the
 * position read, matched by its text: a position past the end is never written (MongoDB
 * would pad the array with nulls). When the quote moved it is looked up again; when it is
 * gone the editor gets a {@code CONFLICT}.
 */
@Service
class QuoteCorrector {

	private static final int MAX_ATTEMPTS = 3;

	private final BriefingRepository briefings;

	private final KnowledgeBaseEditor editor;

	private final QuoteSpeakerCorrections corrections;

	private final MongoOperations mongo;

	QuoteCorrector(BriefingRepository briefings, KnowledgeBaseEditor editor, QuoteSpeakerCorrections corrections,
			MongoOperations mongo) {
		this.briefings = briefings;
		this.editor = editor;
		this.corrections = corrections;
		this.mongo = mongo;
	}

	CorrectedQuote correct(String briefingGlobalId, int quoteIndex, String speakerGlobalId) {
		Briefing briefing = this.briefings.findById(GlobalId.decode(briefingGlobalId, "Briefing"))
			.orElseThrow(() -> EditorialException.notFound("briefingId", briefingGlobalId));
		List<Quote> quotes = briefing.quotes();
		if (quoteIndex < 0 || quoteIndex >= quotes.size()) {
			throw EditorialException.invalid("quoteIndex",
					"quoteIndex must be between 0 and " + (quotes.size() - 1) + " for this briefing's quotes");
		}
		GlobalId.decode(speakerGlobalId, EntityKind.OFFICIAL.typeName());
		EntityId speaker = this.editor.existing("speakerId", speakerGlobalId);
		String quoteText = quotes.get(quoteIndex).text();
		this.corrections.record(briefing.documentId(), briefing.id(), quoteText, speaker.id());
		setSpeaker(briefing.id(), quoteIndex, quoteText, speaker.id());
		return new CorrectedQuote(this.briefings.findById(briefing.id()).orElseThrow(), speaker.globalId());
	}

	private void setSpeaker(String briefingId, int readIndex, String quoteText, String speakerId) {
		int index = readIndex;
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Query quoteStillThere = new Query(
					Criteria.where("_id").is(briefingId).and("quotes." + index + ".text").is(quoteText));
			Update update = new Update().set("quotes." + index + ".speakerId", speakerId);
			if (this.mongo.updateFirst(quoteStillThere, update, Briefing.class).getMatchedCount() > 0) {
				return;
			}
			index = currentIndexOf(briefingId, quoteText);
			if (index < 0) {
				break;
			}
		}
		throw EditorialException.conflict("quoteIndex",
				"The quote is no longer in the briefing, which changed meanwhile: read it again");
	}

	private int currentIndexOf(String briefingId, String quoteText) {
		List<Quote> quotes = this.briefings.findById(briefingId).map(Briefing::quotes).orElse(List.of());
		for (int index = 0; index < quotes.size(); index++) {
			if (quotes.get(index).text().equals(quoteText)) {
				return index;
			}
		}
		return -1;
	}

}
