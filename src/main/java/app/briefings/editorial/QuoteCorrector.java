package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.Quote;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.graphql.GlobalId;
import app.briefings.ingestion.QuoteSpeakerCorrections;
import app.briefings.sync.BriefingChangeKind;
import app.briefings.sync.BriefingChangeLog;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Gives a quote the speaker an editor chose: at once in the stored briefing, and as a
 * correction that every later extraction of the document applies again. The briefing's
 * change is logged as a correction, so offline clients pick it up.
 */
@Service
class QuoteCorrector {

	private final BriefingRepository briefings;

	private final KnowledgeBaseEditor editor;

	private final QuoteSpeakerCorrections corrections;

	private final MongoOperations mongo;

	private final BriefingChangeLog changeLog;

	QuoteCorrector(BriefingRepository briefings, KnowledgeBaseEditor editor, QuoteSpeakerCorrections corrections,
			MongoOperations mongo, BriefingChangeLog changeLog) {
		this.changeLog = changeLog;
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
		this.corrections.record(briefing.documentId(), briefing.id(), quotes.get(quoteIndex).text(), speaker.id());
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(briefing.id())),
				new Update().set("quotes." + quoteIndex + ".speakerId", speaker.id()), Briefing.class);
		Briefing corrected = this.briefings.findById(briefing.id()).orElseThrow();
		this.changeLog.record(List
			.of(new BriefingChangeLog.Change(corrected.id(), BriefingChangeKind.CORRECTED, corrected.version())));
		return new CorrectedQuote(corrected, speaker.globalId());
	}

}
