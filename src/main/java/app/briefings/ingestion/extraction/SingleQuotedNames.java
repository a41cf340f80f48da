package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names set in single quotation marks ('Interaction-2026', ‘Channel’), which English wire
 * copy uses for operations and trainings. Only a capitalized run of at most a few words
 * counts, so apostrophes ("the alliance's") never open one. They are offered to the
 * operation-name rules, never taken for statements.
 */
final class SingleQuotedNames {

	private static final Pattern NAME = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?<open>['‘])\\p{Lu}[\\p{L}\\p{N}-]*(?:\\h[\\p{L}\\p{N}-]+){0,3}(?<close>['’])(?![\\p{L}\\p{N}])");

	private SingleQuotedNames() {
	}

	static List<QuotedSegments.Segment> find(String text) {
		List<QuotedSegments.Segment> names = new ArrayList<>();
		Matcher matcher = NAME.matcher(text);
		while (matcher.find()) {
			names.add(new QuotedSegments.Segment(matcher.start("open"), matcher.start("close"), 0));
		}
		return names;
	}

	/**
	 * The quotations and the single-quoted names of a text, in order of their opening
	 * marks.
	 */
	static List<QuotedSegments.Segment> withQuotations(String text, List<QuotedSegments.Segment> quotations) {
		List<QuotedSegments.Segment> all = new ArrayList<>(quotations);
		for (QuotedSegments.Segment name : find(text)) {
			if (!insideAny(name, quotations)) {
				all.add(name);
			}
		}
		all.sort((a, b) -> Integer.compare(a.open(), b.open()));
		return all;
	}

	private static boolean insideAny(QuotedSegments.Segment name, List<QuotedSegments.Segment> quotations) {
		for (QuotedSegments.Segment quotation : quotations) {
			if (name.open() > quotation.open() && name.close() < quotation.close()) {
				return true;
			}
		}
		return false;
	}

}
