package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The author of an op-ed as its author note presents them ("Marat Seitkali is a member of
 * the Senate of Kazakhstan", «Алексей Воронцов — депутат Государственной думы»): a person
 * of the item with the position the note gives, unless the position is a writer's
 * (columnist, correspondent, обозреватель…).
 */
final class OpEdAuthor {

	private static final Pattern NOTE = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){1,3})"
			+ "\\h+(?:is|was|—|–|-)\\h+(?<role>[^,;.]+?)(?:\\h+and\\h+|,|;|\\.|$)");

	/**
	 * A writer's position, also after the words that say for whom or on what the writer
	 * writes ("Asia Times' Central Asia correspondent"), but not inside the complement of
	 * another position ("director of the Journalism Centre").
	 */
	private static final Pattern WRITER = Pattern
		.compile("(?iu)^(?:(?!(?:of|at|for|in|with|from|при|в|из|от)\\h)[^\\h]+\\h+)*?"
				+ "(?:columnist|journalist|correspondent|editor|reporter|writer|blogger|publicist|обозреватель|журналист"
				+ "|корреспондент|редактор|колумнист|публицист|блогер)");

	private static final Pattern BYLINE_NOTE = Pattern
		.compile("^(?<name>Автор|The\\h+author)\\h+(?:is|was|—|–|-)\\h+(?<role>[^,;.]+?)(?:\\h+and\\h+|,|;|\\.|$)");

	private static final int LAST_PARAGRAPHS = 3;

	private static final double CONFIDENCE = 0.8;

	private OpEdAuthor() {
	}

	/**
	 * The occurrences with the author of the item's note added, when the note names one
	 * not found yet. Without a labelled note, one of the last paragraphs may be the note
	 * when it opens with the byline's name or with «Автор —» / "The author is".
	 */
	static List<Occurrence> withAuthor(String body, List<SegmentedItem.Turn> turns, @Nullable String byline,
			List<Occurrence> occurrences) {
		for (SegmentedItem.Turn turn : turns) {
			if (turn.kind() != LineKind.AUTHOR_NOTE) {
				continue;
			}
			Matcher note = NOTE.matcher(body).region(turn.span().start(), turn.span().end());
			if (note.lookingAt()) {
				return withNoted(note, fullestForm(note.group("name"), byline), occurrences);
			}
		}
		return byline == null ? occurrences : withUnlabelledNote(body, byline, occurrences);
	}

	private static List<Occurrence> withUnlabelledNote(String body, String byline, List<Occurrence> occurrences) {
		int end = body.length();
		for (int i = 0; i < LAST_PARAGRAPHS && end > 0; i++) {
			int start = body.lastIndexOf("\n\n", end - 1);
			start = start < 0 ? 0 : start + 2;
			Matcher named = NOTE.matcher(body).region(start, end);
			if (named.lookingAt() && fullestForm(named.group("name"), byline).equals(byline)) {
				return withNoted(named, byline, occurrences);
			}
			Matcher anonymous = BYLINE_NOTE.matcher(body).region(start, end);
			if (anonymous.lookingAt()) {
				return withNoted(anonymous, byline, occurrences);
			}
			end = start - 2;
		}
		return occurrences;
	}

	/**
	 * The byline's name when it is the note's name with a patronymic or middle name
	 * between its first and last word («Павел Ростиславович Горчаков-Лебедев» over a note
	 * on «Павел Горчаков-Лебедев»): the fullest form the page writes names the person.
	 */
	static String fullestForm(String noted, @Nullable String byline) {
		if (byline == null) {
			return noted;
		}
		String[] short_ = noted.split("\\h+");
		String[] full = byline.strip().split("\\h+");
		boolean longerByOne = full.length == short_.length + 1 && short_.length == 2;
		if (longerByOne && full[0].equals(short_[0]) && full[full.length - 1].equals(short_[1])) {
			return String.join(" ", full);
		}
		return noted;
	}

	/**
	 * The occurrences with a new person found at the note's name by another rule named by
	 * the byline's fuller form, when the byline gives one.
	 */
	private static List<Occurrence> withFullestForm(List<Occurrence> occurrences, Span span, String fullest,
			String written) {
		if (fullest.equals(written)) {
			return occurrences;
		}
		List<Occurrence> renamed = new ArrayList<>(occurrences.size());
		for (Occurrence occurrence : occurrences) {
			boolean newPerson = occurrence.isPerson() && !occurrence.entity().isKnown();
			if (newPerson && occurrence.span().equals(span)) {
				EntityRef person = TitledPersonPattern.newPerson(fullest, written);
				renamed.add(new Occurrence(person, span, occurrence.confidence(), occurrence.role()));
			}
			else {
				renamed.add(occurrence);
			}
		}
		return renamed;
	}

	private static List<Occurrence> withNoted(Matcher note, String name, List<Occurrence> occurrences) {
		if (WRITER.matcher(note.group("role")).lookingAt()) {
			return occurrences;
		}
		Span span = new Span(note.start("name"), note.end("name"));
		if (Occurrences.overlapsAny(span, occurrences)) {
			return withFullestForm(occurrences, span, name, note.group("name"));
		}
		List<Occurrence> withAuthor = new ArrayList<>(occurrences);
		EntityRef author = TitledPersonPattern.newPerson(name, note.group("name"));
		withAuthor.add(new Occurrence(author, span, CONFIDENCE, note.group("role").strip()));
		return withAuthor;
	}

}
