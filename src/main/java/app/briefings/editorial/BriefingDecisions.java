package app.briefings.editorial;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.Quote;
import app.briefings.editorial.UnlinkedMentions.UnlinkedMention;
import app.briefings.ingestion.EditorialDecisions;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Applies the editors' decisions to every extraction of a document: speaker fixes follow
 * their quote (flagged for review when it cannot be found again), mentions editors
 * removed stay removed, and each briefing keeps the editorial revision it had, so its
 * version never goes down.
 */
@Component
class BriefingDecisions implements EditorialDecisions {

	private final SpeakerFixes speakerFixes;

	private final UnlinkedMentions unlinkedMentions;

	private final MongoOperations mongo;

	BriefingDecisions(SpeakerFixes speakerFixes, UnlinkedMentions unlinkedMentions, MongoOperations mongo) {
		this.speakerFixes = speakerFixes;
		this.unlinkedMentions = unlinkedMentions;
		this.mongo = mongo;
	}

	@Override
	public List<Briefing> applyTo(String documentId, List<Briefing> extracted) {
		Map<String, List<SpeakerFix>> fixesByBriefing = new HashMap<>();
		for (SpeakerFix fix : this.speakerFixes.activeFor(documentId)) {
			fixesByBriefing.computeIfAbsent(fix.briefingId(), (id) -> new ArrayList<>()).add(fix);
		}
		Map<String, List<UnlinkedMention>> unlinked = this.unlinkedMentions.forDocument(documentId);
		Map<String, Document> stored = storedRevisions(extracted);
		List<Briefing> decided = new ArrayList<>(extracted.size());
		for (Briefing briefing : extracted) {
			Briefing fixed = withSpeakerFixes(briefing, fixesByBriefing.getOrDefault(briefing.id(), List.of()));
			List<UnlinkedMention> removed = unlinked.get(briefing.id());
			if (removed != null) {
				fixed = fixed.withLinks(fixed.quotes(), UnlinkedMentions.without(fixed.mentions(), removed));
			}
			fixesByBriefing.remove(briefing.id());
			decided.add(withStoredRevision(fixed, stored.get(briefing.id())));
		}
		fixesByBriefing.values().forEach((orphans) -> orphans.forEach(this.speakerFixes::flag));
		return decided;
	}

	private Briefing withSpeakerFixes(Briefing briefing, List<SpeakerFix> fixes) {
		if (fixes.isEmpty()) {
			return briefing;
		}
		List<Quote> quotes = new ArrayList<>(briefing.quotes());
		for (SpeakerFix fix : fixes) {
			OptionalInt match = SpeakerFixMatcher.find(fix.quoteText(), fix.position(), briefing.body(), quotes);
			if (match.isEmpty()) {
				this.speakerFixes.flag(fix);
				continue;
			}
			Quote quote = quotes.get(match.getAsInt());
			quotes.set(match.getAsInt(), withSpeaker(quote, fix.speakerId()));
			if (!quote.text().equals(fix.quoteText())) {
				this.speakerFixes.moved(fix, briefing, quote);
			}
		}
		return briefing.withLinks(quotes, briefing.mentions());
	}

	static Quote withSpeaker(Quote quote, String speakerId) {
		return new Quote(quote.text(), quote.kind(), quote.span(), quote.confidence(), speakerId, quote.speakerName(),
				quote.role(), quote.verb(), quote.spokenOn());
	}

	private Map<String, Document> storedRevisions(List<Briefing> extracted) {
		List<String> ids = new ArrayList<>(extracted.size());
		for (Briefing briefing : extracted) {
			ids.add(briefing.id());
		}
		Query query = new Query(Criteria.where(BriefingFields.ID).in(ids).and(BriefingFields.EDITORIAL_REVISION).gt(0));
		query.fields().include(BriefingFields.EDITORIAL_REVISION, BriefingFields.EDITED_AT);
		Map<String, Document> stored = new HashMap<>();
		for (Document briefing : this.mongo.find(query, Document.class, BriefingFields.COLLECTION)) {
			stored.put(String.valueOf(briefing.get(BriefingFields.ID)), briefing);
		}
		return stored;
	}

	private static Briefing withStoredRevision(Briefing briefing, @Nullable Document stored) {
		if (stored == null) {
			return briefing;
		}
		Date editedAt = stored.getDate(BriefingFields.EDITED_AT);
		return briefing.withEditorialRevision(stored.getInteger(BriefingFields.EDITORIAL_REVISION, 0),
				(editedAt != null) ? editedAt.toInstant() : null);
	}

}
