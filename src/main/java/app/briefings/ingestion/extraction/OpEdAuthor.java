package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author of an op-ed as its author note presents them ("Marat Seitkali is a member of
 * the Senate of Kazakhstan", «Алексей Воронцов — депутат Государственной думы»): a person
 * of the item with the position the note gives, unless the position is a writer's
 * (columnist, correspondent, обозреватель…).
 */
final class OpEdAuthor {

	private static final Pattern NOTE = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){1,3})"
			+ "\\h+(?:is|was|—|–|-)\\h+(?<role>[^,;.]+?)(?:\\h+and\\h+|,|;|\\.|$)");

	private static final Pattern WRITER = Pattern.compile("(?iu)^(?:an?\\h+|the\\h+)?(?:[\\p{L}-]+\\h+)?(?:columnist"
			+ "|journalist|correspondent|editor|reporter|writer|blogger|publicist|обозреватель|журналист|корреспондент"
			+ "|редактор|колумнист|публицист|блогер)");

	private static final double CONFIDENCE = 0.8;

	private OpEdAuthor() {
	}

	/**
	 * The occurrences with the author of the item's note added, when the note names one
	 * not found yet.
	 */
	static List<Occurrence> withAuthor(String body, List<SegmentedItem.Turn> turns, List<Occurrence> occurrences) {
		for (SegmentedItem.Turn turn : turns) {
			if (turn.kind() != LineKind.AUTHOR_NOTE) {
				continue;
			}
			Matcher note = NOTE.matcher(body).region(turn.span().start(), turn.span().end());
			if (!note.lookingAt() || WRITER.matcher(note.group("role")).lookingAt()) {
				return occurrences;
			}
			Span name = new Span(note.start("name"), note.end("name"));
			if (Occurrences.overlapsAny(name, occurrences)) {
				return occurrences;
			}
			List<Occurrence> withAuthor = new ArrayList<>(occurrences);
			EntityRef author = new EntityRef(EntityType.OFFICIAL, null, note.group("name"), List.of(), null);
			withAuthor.add(new Occurrence(author, name, CONFIDENCE, note.group("role").strip()));
			return withAuthor;
		}
		return occurrences;
	}

}
