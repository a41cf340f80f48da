package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes operations, trainings and exercises named in quotation marks: after a
 * keyword ({@code operation “Channel”}, {@code under the code name “Mercenary”},
 * {@code учения «Рубеж-2025»}), before one
 * ({@code “Indestructible Brotherhood” trainings}), or listed after a plural keyword in
 * the same sentence
 * ({@code operations “Channel” to combat drug crime, “Illegal” … and “PROXY” …}). Such
 * quoted names are names, never quotes.
 */
final class OperationNamePattern {

	private static final Pattern KEYWORD = Pattern.compile(
			"(?iu)(?<![\\p{L}])(?:(?<special>special\\h+trainings?|специальн[а-яё]+\\h+(?:учени[а-яё]*|тренировк[а-яё]*)|спецучени[а-яё]*)"
					+ "|(?<training>trainings?|тренировк[а-яё]*)|(?<exercise>exercises?|drills|учени[а-яё]*|маневр[а-яё]*|манёвр[а-яё]*)"
					+ "|(?<measures>code\\h+name|set\\h+of\\h+(?:[a-z-]+\\h+){0,3}measures|кодовым\\h+названием|комплекс[а-яё]*\\h+(?:[а-яё-]+\\h+){0,3}(?:мероприятий|мер))"
					+ "|(?<operation>operations?|операци[а-яё]*))(?![\\p{L}])");

	private static final Pattern KEYWORD_BEFORE = Pattern
		.compile("(?iu)(?:" + KEYWORD.pattern() + "):?\\h*(?:[\\p{L}-]+\\h+){0,1}$");

	private static final Pattern KEYWORD_AFTER = Pattern
		.compile("(?iu)^\\h*(?:(?:\\p{Ll}+-\\p{Ll}+|joint|annual|large-scale|tactical|strategic|combined|military"
				+ "|совместн[а-яё]+|тактическ[а-яё]+|стратегическ[а-яё]+)\\h+){0,2}" + KEYWORD.pattern());

	private static final Pattern LIST_SEPARATOR = Pattern
		.compile("(?iu)^\\h*(?:,|,?\\h+and|,?\\h+и|,?\\h+as\\h+well\\h+as)\\h*$");

	private static final Pattern EDITION = Pattern.compile("[\\h-–]*(?:19|20)\\d\\d$");

	private static final Pattern PLURAL = Pattern
		.compile("(?iu)(?:s|drills|учения|учений|учениях|операций|операциях|операции|тренировок|тренировках)$");

	private static final Pattern OBLIQUE_ENDING = Pattern.compile("(?:ом|ем|ой|ей|а|я|у|ю|е)$");

	private static final List<String> NOMINATIVE_ENDINGS = List.of("", "ь", "й", "а", "я");

	private static final Pattern DURING_BEFORE = Pattern
		.compile("(?iu)(?:\\bduring|\\bin\\h+the\\h+course\\h+of|\\bas\\h+part\\h+of|(?<![\\p{L}])в\\h+ходе"
				+ "|(?<![\\p{L}])в\\h+рамках|(?<![\\p{L}])во\\h+время|(?<![\\p{L}])итоги|(?<![\\p{L}])ход|(?<![\\p{L}])фазу"
				+ "|(?<![\\p{L}])участник[а-яё]*|(?<![\\p{L}])по\\h+линии)\\h*$");

	private static final int MAX_NAME_WORDS = 4;

	private static final int KEYWORD_WINDOW = 40;

	private final Gazetteer gazetteer;

	OperationNamePattern(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	static String withoutEdition(String name) {
		return EDITION.matcher(name.strip()).replaceFirst("");
	}

	/** The operation names found, each with the quotation that carries it. */
	List<Found> find(String text, List<QuotedSegments.Segment> segments, List<Span> sentences) {
		List<Found> found = new ArrayList<>();
		List<QuotedSegments.Segment> candidates = candidates(text, segments);
		for (Span sentence : sentences) {
			Checkpoints.check();
			findInSentence(text, sentence, inside(candidates, sentence), found);
		}
		return found;
	}

	private void findInSentence(String text, Span sentence, List<QuotedSegments.Segment> candidates,
			List<Found> found) {
		String[] kinds = new String[candidates.size()];
		for (int i = 0; i < candidates.size(); i++) {
			kinds[i] = kindOf(text, sentence, candidates, i, kinds);
			if (kinds[i] == null) {
				kinds[i] = kindOfKnownWithoutKeyword(text, sentence, candidates.get(i));
			}
		}
		propagateBackwards(text, candidates, kinds);
		for (int i = 0; i < candidates.size(); i++) {
			addIfOperation(text, candidates.get(i), kinds[i], found);
		}
	}

	private static @Nullable String kindOf(String text, Span sentence, List<QuotedSegments.Segment> candidates, int i,
			String[] kinds) {
		QuotedSegments.Segment candidate = candidates.get(i);
		String before = kindBefore(text, sentence, candidate);
		if (before != null) {
			return before;
		}
		String after = kindAfter(text, candidate);
		if (after != null) {
			return after;
		}
		if (i > 0 && kinds[i - 1] != null && isListSeparator(text, candidates.get(i - 1), candidate)) {
			return kinds[i - 1];
		}
		return kindOfGoverningPlural(text, sentence, candidate);
	}

	private static void propagateBackwards(String text, List<QuotedSegments.Segment> candidates, String[] kinds) {
		for (int i = candidates.size() - 2; i >= 0; i--) {
			if (kinds[i] == null && kinds[i + 1] != null
					&& isListSeparator(text, candidates.get(i), candidates.get(i + 1))) {
				kinds[i] = kinds[i + 1];
			}
		}
	}

	private void addIfOperation(String text, QuotedSegments.Segment segment, @Nullable String kind, List<Found> found) {
		if (kind == null) {
			return;
		}
		String name = segment.innerText(text).strip();
		KnownEntity otherEntity = this.gazetteer.entityNamed(name).orElse(null);
		if (otherEntity != null && otherEntity.type() != EntityType.OPERATION) {
			return;
		}
		EntityRef entity = knownOperation(name).map(EntityRef::known).orElseGet(() -> newOperation(name, kind));
		Span span = new Span(segment.open() + 1, segment.open() + 1 + segment.innerText(text).stripTrailing().length());
		found.add(new Found(new Occurrence(entity, span, entity.isKnown() ? 0.9 : 0.7, null), segment));
	}

	/**
	 * The known operation a quoted name means, also when a Russian case ending is added
	 * to its last word («Грома-2026», «Рубежа», «в ходе «Канала»»).
	 */
	private Optional<KnownEntity> knownOperation(String name) {
		Optional<KnownEntity> known = this.gazetteer.operationNamed(name);
		if (known.isPresent()) {
			return known;
		}
		String bare = withoutEdition(name);
		Matcher ending = OBLIQUE_ENDING.matcher(bare);
		if (!ending.find()) {
			return Optional.empty();
		}
		String stem = bare.substring(0, ending.start());
		for (String nominative : NOMINATIVE_ENDINGS) {
			known = this.gazetteer.operationNamed(stem + nominative);
			if (known.isPresent()) {
				return known;
			}
		}
		return Optional.empty();
	}

	/**
	 * The kind of a known operation quoted with no keyword near it, when its edition year
	 * or a word such as "during" / «в ходе» / «по линии» shows that the name is the
	 * operation's.
	 */
	private @Nullable String kindOfKnownWithoutKeyword(String text, Span sentence, QuotedSegments.Segment segment) {
		String name = segment.innerText(text).strip();
		Optional<KnownEntity> known = knownOperation(name);
		if (known.isEmpty() || known.get().kind() == null) {
			return null;
		}
		boolean dated = !withoutEdition(name).equals(name);
		int from = Math.max(sentence.start(), segment.open() - KEYWORD_WINDOW);
		boolean during = DURING_BEFORE.matcher(text.substring(from, segment.open())).find();
		return (dated || during) ? known.get().kind() : null;
	}

	private static EntityRef newOperation(String written, String kind) {
		String name = AliasKey.latin(withoutEdition(written));
		List<String> aliases = name.equals(written) ? List.of() : List.of(written);
		return new EntityRef(EntityType.OPERATION, null, name, aliases, kind);
	}

	private static @Nullable String kindBefore(String text, Span sentence, QuotedSegments.Segment segment) {
		int from = Math.max(sentence.start(), segment.open() - KEYWORD_WINDOW);
		Matcher matcher = KEYWORD_BEFORE.matcher(text.substring(from, segment.open()));
		return matcher.find() ? kindOf(matcher) : null;
	}

	private static @Nullable String kindAfter(String text, QuotedSegments.Segment segment) {
		int to = Math.min(text.length(), segment.close() + 1 + KEYWORD_WINDOW);
		Matcher matcher = KEYWORD_AFTER.matcher(text.substring(segment.close() + 1, to));
		return matcher.find() ? kindOf(matcher) : null;
	}

	private static @Nullable String kindOfGoverningPlural(String text, Span sentence, QuotedSegments.Segment segment) {
		Matcher matcher = KEYWORD.matcher(text.substring(sentence.start(), segment.open()));
		String kind = null;
		String keyword = null;
		while (matcher.find()) {
			keyword = matcher.group();
			kind = kindOf(matcher);
		}
		boolean plural = keyword != null && PLURAL.matcher(keyword.toLowerCase(Locale.ROOT)).find();
		return plural ? kind : null;
	}

	private static boolean isListSeparator(String text, QuotedSegments.Segment first, QuotedSegments.Segment second) {
		return LIST_SEPARATOR.matcher(text.substring(first.close() + 1, second.open())).matches();
	}

	private static String kindOf(Matcher matcher) {
		if (matcher.group("special") != null) {
			return "SPECIAL_TRAINING";
		}
		if (matcher.group("training") != null) {
			return "TRAINING";
		}
		if (matcher.group("exercise") != null) {
			return "EXERCISE";
		}
		return matcher.group("measures") != null ? "SET_OF_MEASURES" : "REGIONAL_OPERATION";
	}

	private static List<QuotedSegments.Segment> candidates(String text, List<QuotedSegments.Segment> segments) {
		List<QuotedSegments.Segment> candidates = new ArrayList<>();
		for (QuotedSegments.Segment segment : segments) {
			if (looksLikeName(segment.innerText(text))) {
				candidates.add(segment);
			}
		}
		return candidates;
	}

	private static boolean looksLikeName(String inner) {
		String name = inner.strip();
		if (name.isEmpty() || name.split("\\h+").length > MAX_NAME_WORDS) {
			return false;
		}
		char first = name.charAt(0);
		return (Character.isUpperCase(first) || Character.isDigit(first)) && !name.matches(".*[.!?,;:].*");
	}

	/**
	 * The segments that open inside the sentence, found by halving: the segments are in
	 * the order they open.
	 */
	private static List<QuotedSegments.Segment> inside(List<QuotedSegments.Segment> segments, Span sentence) {
		return segments.subList(firstOpeningAt(segments, sentence.start()),
				Math.max(firstOpeningAt(segments, sentence.start()), firstOpeningAt(segments, sentence.end())));
	}

	private static int firstOpeningAt(List<QuotedSegments.Segment> segments, int offset) {
		int low = 0;
		int high = segments.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (segments.get(middle).open() < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** An operation name and the quotation marks around it. */
	record Found(Occurrence occurrence, QuotedSegments.Segment segment) {
	}

}
