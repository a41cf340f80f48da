package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The people whose full names label the turns of a transcript or an interview («**Рубен
 * Акопян:** Нет. …», "Dauren Mukhamediyarov: I do not see it…"): a label says who speaks,
 * so a full name there that no entity covers is a new official, and the turns become that
 * person's quotes. A one-word label stays what it was (a surname resolved against the
 * item's people), since it may fit several.
 */
final class LabelledSpeakers {

	private static final Pattern FULL_NAME = Pattern
		.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\h+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}");

	private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

	private static final double CONFIDENCE = 0.8;

	private LabelledSpeakers() {
	}

	/** The occurrences with the full names written in turn labels added. */
	static List<Occurrence> withLabelNames(String body, List<SegmentedItem.Turn> turns, List<Occurrence> occurrences) {
		List<Occurrence> all = occurrences;
		for (SegmentedItem.Turn turn : turns) {
			boolean spoken = turn.kind() == LineKind.SPEAKER_TURN || turn.kind() == LineKind.ANSWER;
			String label = turn.label();
			if (!spoken || label == null || !FULL_NAME.matcher(label.strip()).matches() || isNotAName(label)) {
				continue;
			}
			int start = body.indexOf(label.strip(), turn.span().start());
			if (start < 0 || start >= turn.span().end()) {
				continue;
			}
			Span span = new Span(start, start + label.strip().length());
			if (Occurrences.overlapsAny(span, all)) {
				continue;
			}
			all = new ArrayList<>(all);
			all.add(new Occurrence(TitledPersonPattern.newPerson(label.strip(), label.strip()), span, CONFIDENCE,
					null));
		}
		return all;
	}

	/**
	 * The occurrences with the people added whom a transcript's headline names in full
	 * and its turns label by surname alone («Стенограмма брифинга … Айбека Саткынбаева»
	 * over «Саткынбаев: …»), when the body names nobody of that surname: each such label
	 * is that person, in the nominative.
	 */
	static List<Occurrence> withHeadlineNames(String body, @Nullable String title, List<SegmentedItem.Turn> turns,
			List<Occurrence> occurrences) {
		if (title == null) {
			return occurrences;
		}
		List<Occurrence> all = occurrences;
		for (SegmentedItem.Turn turn : turns) {
			String label = turn.label();
			boolean spoken = turn.kind() == LineKind.SPEAKER_TURN || turn.kind() == LineKind.ANSWER;
			if (!spoken || label == null || !SURNAME.matcher(label.strip()).matches()
					|| !body.startsWith(label.strip(), turn.span().start()) || namesSurname(body, all, label.strip())) {
				continue;
			}
			Matcher named = Pattern
				.compile("(?<first>\\p{Lu}\\p{Ll}+)\\h+" + Pattern.quote(label.strip())
						+ "(?<ending>\\p{Ll}{0,2})(?![\\p{L}])")
				.matcher(title);
			if (!named.find() || FullNames.isTitleWord(named.group("first").toLowerCase(Locale.ROOT))) {
				continue;
			}
			String nominative = RussianNominative.ofSurnameEnding(named.group("first"), named.group("ending")) + " "
					+ label.strip();
			Span span = new Span(turn.span().start(), turn.span().start() + label.strip().length());
			all = new ArrayList<>(all);
			all.add(new Occurrence(TitledPersonPattern.newPerson(nominative, named.group()), span, CONFIDENCE, null));
		}
		return all;
	}

	private static boolean namesSurname(String body, List<Occurrence> occurrences, String surname) {
		for (Occurrence occurrence : occurrences) {
			Span span = occurrence.span();
			if (occurrence.entity().type() == EntityType.OFFICIAL
					&& body.substring(span.start(), span.end()).endsWith(surname)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNotAName(String label) {
		for (String word : label.strip().split("\\h+")) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (UnknownNamePattern.NOT_NAME_WORDS.contains(lower) || PresenterRoles.contains(lower)) {
				return true;
			}
		}
		return false;
	}

}
