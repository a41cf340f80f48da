package app.briefings.editorial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.Quote;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored speaker fixes: recorded by {@code correctQuoteSpeaker}, followed to their
 * quote's new text when a partner rewords it, flagged for review when the quote cannot be
 * found again.
 */
@Component
class SpeakerFixes {

	private final MongoOperations mongo;

	private final Clock clock;

	SpeakerFixes(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Records the speaker of the briefing's quote, replacing any fix of that quote. */
	void record(Briefing briefing, int quoteIndex, String speakerId) {
		Quote quote = briefing.quotes().get(quoteIndex);
		this.mongo.remove(new Query(Criteria.where(EditorialFields.BRIEFING_ID)
			.is(briefing.id())
			.and(EditorialFields.QUOTE_TEXT)
			.is(quote.text())), SpeakerFix.class);
		SpeakerFixMatcher.Position position = SpeakerFixMatcher.Position.of(briefing.body(), quote.span().start());
		this.mongo.save(new SpeakerFix(keyOf(briefing.id(), quote.text()), briefing.documentId(), briefing.id(),
				quote.text(), speakerId, this.clock.instant(), position.paragraph(), position.sentence(),
				SpeakerFixStatus.ACTIVE, null));
	}

	/**
	 * The fixes applied at each extraction of the document, oldest first: read by
	 * document (an index serves it) and the ones waiting for review left out here, as a
	 * document has only a few.
	 */
	List<SpeakerFix> activeFor(String documentId) {
		Query query = new Query(Criteria.where(EditorialFields.DOCUMENT_ID).is(documentId))
			.with(Sort.by(EditorialFields.CORRECTED_AT));
		return this.mongo.find(query, SpeakerFix.class)
			.stream()
			.filter((fix) -> fix.status() == null || fix.status() == SpeakerFixStatus.ACTIVE)
			.toList();
	}

	/** Follows a fix to its quote's new text and position. */
	void moved(SpeakerFix fix, Briefing briefing, Quote quote) {
		SpeakerFixMatcher.Position position = SpeakerFixMatcher.Position.of(briefing.body(), quote.span().start());
		this.mongo.updateFirst(byId(fix.id()),
				new Update().set(EditorialFields.QUOTE_TEXT, quote.text())
					.set(EditorialFields.PARAGRAPH, position.paragraph())
					.set(EditorialFields.SENTENCE, position.sentence()),
				SpeakerFix.class);
	}

	/** Leaves a fix whose quote cannot be found again to editors. */
	void flag(SpeakerFix fix) {
		this.mongo.updateFirst(byId(fix.id()), new Update().set(EditorialFields.STATUS, SpeakerFixStatus.NEEDS_REVIEW)
			.set(EditorialFields.FLAGGED_AT, this.clock.instant()), SpeakerFix.class);
	}

	/** Points the fixes naming {@code mergedId} at {@code survivorId}. */
	void replaceSpeaker(String mergedId, String survivorId) {
		this.mongo.updateMulti(new Query(Criteria.where(EditorialFields.SPEAKER_ID).is(mergedId)),
				new Update().set(EditorialFields.SPEAKER_ID, survivorId), SpeakerFix.class);
	}

	Connection<SpeakerFix> needingReview(PageRequest page) {
		Criteria flagged = Criteria.where(EditorialFields.STATUS).is(SpeakerFixStatus.NEEDS_REVIEW);
		Query query = new Query(flagged).with(Sort.by(EditorialFields.ID)).limit(page.fetchSize());
		if (page.after() != null) {
			query.addCriteria(Criteria.where(EditorialFields.ID).gt(Cursor.decode(page.after(), 1).get(0)));
		}
		return Connection.of(this.mongo.find(query, SpeakerFix.class), page, (fix) -> Cursor.encode(fix.id()),
				TotalCount.of(() -> this.mongo.count(new Query(flagged), SpeakerFix.class)));
	}

	/** Dismisses a flagged fix. */
	SpeakerFix dismiss(String globalId, String id) {
		SpeakerFix fix = this.mongo.findById(id, SpeakerFix.class);
		if (fix == null) {
			throw EditorialException.notFound("id", globalId);
		}
		this.mongo.updateFirst(byId(id), new Update().set(EditorialFields.STATUS, SpeakerFixStatus.DISMISSED),
				SpeakerFix.class);
		return this.mongo.findById(id, SpeakerFix.class);
	}

	private static Query byId(String id) {
		return new Query(Criteria.where(EditorialFields.ID).is(id));
	}

	static String keyOf(String briefingId, String quoteText) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((briefingId + "\n" + quoteText.strip()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
