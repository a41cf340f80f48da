package app.briefings.ingestion.linking;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefings.ingestion.extraction.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads the edition an operation's occurrence names: a year written onto the name, as in
 * «Рубеж-2025» or "Steppe Eagle 2024", inside the occurrence or right after it.
 */
final class EditionYears {

	private static final Pattern AT_END = Pattern.compile("[\\h\\-‐‑–](?<year>19\\d\\d|20\\d\\d)$");

	private static final Pattern AFTER = Pattern.compile("^[\\h\\-‐‑–]{1,2}(?<year>19\\d\\d|20\\d\\d)(?![\\d\\p{L}])");

	private static final int LOOKAHEAD = 8;

	private EditionYears() {
	}

	/**
	 * The years named at these occurrences in the body, ascending and without repeats.
	 */
	static List<Integer> in(String body, List<Span> occurrences) {
		TreeSet<Integer> years = new TreeSet<>();
		for (Span occurrence : occurrences) {
			Integer year = at(body, occurrence);
			if (year != null) {
				years.add(year);
			}
		}
		return List.copyOf(years);
	}

	private static @Nullable Integer at(String body, Span occurrence) {
		Matcher inside = AT_END.matcher(body.substring(occurrence.start(), occurrence.end()));
		if (inside.find()) {
			return Integer.valueOf(inside.group("year"));
		}
		int end = Math.min(body.length(), occurrence.end() + LOOKAHEAD);
		Matcher after = AFTER.matcher(body.substring(occurrence.end(), end));
		return after.find() ? Integer.valueOf(after.group("year")) : null;
	}

}
