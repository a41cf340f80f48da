package app.briefings.briefing;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.paging.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Pages of an official's quotes. Quotes are embedded in briefings, so a page is read as
 * the briefings around the cursor's briefing that quote the official, unwound here in
 * paging order and cut strictly between the cursors.
 */
final class QuotePages {

	private QuotePages() {
	}

	/**
	 * The briefings to unwind: those quoting the official at or beyond the cursors'
	 * briefings, in fetch order. The cursors' own briefings may hold no further quote, so
	 * two more than a page are read.
	 */
	static BriefingBatches.PageQuery briefingsQuery(OfficialQuotesKey key) {
		PageRequest page = key.page();
		List<Criteria> match = new ArrayList<>();
		if (page.after() != null) {
			QuoteCursor after = QuoteCursor.decode(page.after());
			match.add(FeedCursor.olderThan(after.publishedAt(), after.briefingId(), true));
		}
		if (page.before() != null) {
			QuoteCursor before = QuoteCursor.decode(page.before());
			match.add(FeedCursor.newerThan(before.publishedAt(), before.briefingId(), true));
		}
		return new BriefingBatches.PageQuery(
				new BriefingBatches.EntityId(BriefingFields.QUOTE_SPEAKER_ID, key.officialId()), match,
				FeedCursor.fetchOrder(page), page.fetchSize() + 2);
	}

	/**
	 * The official's quotes in the briefings, given in fetch order, strictly between the
	 * cursors: at most one more than the page size, in fetch order.
	 */
	static List<QuoteInBriefing> unwind(List<Briefing> briefings, OfficialQuotesKey key) {
		PageRequest page = key.page();
		QuoteCursor after = (page.after() != null) ? QuoteCursor.decode(page.after()) : null;
		QuoteCursor before = (page.before() != null) ? QuoteCursor.decode(page.before()) : null;
		List<QuoteInBriefing> quotes = new ArrayList<>();
		for (Briefing briefing : briefings) {
			quotes.addAll(quotesOf(briefing, key.officialId(), page.isBackward()));
		}
		List<QuoteInBriefing> inRange = new ArrayList<>();
		for (QuoteInBriefing quote : quotes) {
			if (isBetween(quote.position(), after, before) && inRange.size() < page.fetchSize()) {
				inRange.add(quote);
			}
		}
		return inRange;
	}

	private static List<QuoteInBriefing> quotesOf(Briefing briefing, String officialId, boolean backward) {
		List<QuoteInBriefing> quotes = new ArrayList<>();
		for (int i = 0; i < briefing.quotes().size(); i++) {
			if (officialId.equals(briefing.quotes().get(i).speakerId())) {
				quotes.add(backward ? 0 : quotes.size(), new QuoteInBriefing(briefing, i));
			}
		}
		return quotes;
	}

	private static boolean isBetween(QuoteCursor position, @Nullable QuoteCursor after, @Nullable QuoteCursor before) {
		return (after == null || position.compareTo(after) > 0) && (before == null || position.compareTo(before) < 0);
	}

}
