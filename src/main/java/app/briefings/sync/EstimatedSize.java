package app.briefings.sync;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.Quote;
import org.jspecify.annotations.Nullable;

/**
 * An estimate of the heap a change log entry and a briefing hold in the replay window:
 * two bytes a character of its texts, a fixed cost for each quote, mention, date, tag and
 * linked id, and a fixed cost for the record itself. It errs high, so a bound set in
 * bytes holds.
 */
final class EstimatedSize {

	static final long ENTRY = 160;

	private static final long RECORD = 1024;

	private static final long PER_ELEMENT = 256;

	private static final long PER_ID = 96;

	private static final long PER_CHARACTER = 2;

	private EstimatedSize() {
	}

	static long of(@Nullable Briefing briefing) {
		if (briefing == null) {
			return 0;
		}
		long characters = briefing.title().length() + briefing.body().length() + lengthOf(briefing.summary());
		for (Quote quote : briefing.quotes()) {
			characters += quote.text().length() + lengthOf(quote.speakerName()) + lengthOf(quote.role());
		}
		long elements = briefing.quotes().size() + briefing.mentions().size() + briefing.dates().size()
				+ briefing.tags().size();
		long ids = briefing.officialIds().size() + briefing.organizationIds().size() + briefing.operationIds().size()
				+ briefing.placeIds().size() + briefing.eventIds().size();
		return RECORD + PER_CHARACTER * characters + PER_ELEMENT * elements + PER_ID * ids;
	}

	private static int lengthOf(@Nullable String text) {
		return (text != null) ? text.length() : 0;
	}

}
