package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.Quote;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.graphql.GlobalId;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Gives a quote the speaker an editor chose: at once in the stored briefing, and as a
 * correction that every later extraction of the document applies again.
 */
@Service
class QuoteCorrector {

	private final BriefingRepository briefings;

	private final KnowledgeBaseEditor editor;

	private final SpeakerFixes fixes;

	private final BriefingEdits edits;

	QuoteCorrector(BriefingRepository briefings, KnowledgeBaseEditor editor, SpeakerFixes fixes, BriefingEdits edits) {
		this.briefings = briefings;
		this.editor = editor;
		this.fixes = fixes;
		this.edits = edits;
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
		this.fixes.record(briefing, quoteIndex, speaker.id());
		this.edits.edited(briefing, new Update().set("quotes." + quoteIndex + ".speakerId", speaker.id()));
		return new CorrectedQuote(this.briefings.findById(briefing.id()).orElseThrow(), speaker.globalId());
	}

}
