package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.Quote;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.graphql.node.GlobalId;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Gives a quote the speaker an editor chose: at once in the stored briefing, and as a
 * correction that every later extraction of the document applies again. The speaker is
 * set only while the quote is still at the position read; when a re-extraction moved it,
 * it is found again by its text, and when it is gone the editor is told to read the
 * briefing again.
 */
@Service
class QuoteCorrector {

	private static final int MAX_ATTEMPTS = 3;

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
		setSpeaker(briefing, quoteIndex, quotes.get(quoteIndex).text(), speaker.id());
		return new CorrectedQuote(this.briefings.findById(briefing.id()).orElseThrow(), speaker.globalId());
	}

	private void setSpeaker(Briefing briefing, int readIndex, String quoteText, String speakerId) {
		int index = readIndex;
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Criteria quoteStillThere = Criteria.where(BriefingFields.ID)
				.is(briefing.id())
				.and(BriefingFields.quoteField(index, BriefingFields.TEXT))
				.is(quoteText);
			Update update = new Update().set(BriefingFields.quoteField(index, BriefingFields.SPEAKER_ID), speakerId);
			if (this.edits.editedIf(quoteStillThere, briefing.documentId(), update)) {
				return;
			}
			index = currentIndexOf(briefing.id(), quoteText);
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
