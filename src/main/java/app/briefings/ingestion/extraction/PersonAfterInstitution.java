package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes people named right after the institution of their title when that name is
 * longer than a title's complement reaches: «заместитель председателя Комитета по
 * безопасности и противодействию коррупции Игорь Лапин», "Deputy Chairman of the
 * Committee on Defence and Security Ivan Orlov". Runs once the organizations are found,
 * looking only at the words after each one; the title must stand right before the
 * institution, and a Russian name after a title in an oblique case is taken only when its
 * nominative can be restored.
 */
final class PersonAfterInstitution {

	private static final String WORD_RU = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";

	private static final String WORD_EN = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";

	private static final Pattern NAME = Pattern
		.compile("^\\h+(?<name>(?![А-ЯЁ][а-яё]*(?:ой|ого|ых|ому|ыми|ими)(?![а-яё]))" + WORD_RU + "\\h+" + WORD_RU + "|"
				+ WORD_EN + "\\h+" + WORD_EN + ")(?![\\p{L}\\p{N}’'.-])(?!\\h+\\p{Lu})");

	private static final Pattern CONNECTOR_BEFORE = Pattern.compile("\\h(?:of|for)(?:\\h+the)?\\h+$");

	private static final Set<String> NOT_NAMES = Set.of("Council", "Committee", "Ministry", "Assembly", "Security",
			"Affairs", "Defence", "Defense", "Service", "Forces", "Совет", "Совета", "Комитет", "Комитета", "Думы",
			"Госдумы", "Федерации", "Республики", "Министерства", "Собрания");

	private static final int LOOK_AHEAD = 80;

	private static final int MAX_WORDS_BETWEEN = 2;

	private static final Pattern LOWER_CASE_WORD_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Ll}+\\h+$");

	private PersonAfterInstitution() {
	}

	static List<Occurrence> findNew(String text, List<Span> sentences, List<Occurrence> occurrences) {
		List<Occurrence> found = new ArrayList<>();
		SpanIndex taken = SpanIndex.of(occurrences);
		Matcher name = NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
		for (Occurrence institution : occurrences) {
			if (institution.entity().type() != EntityType.ORGANIZATION) {
				continue;
			}
			int end = institution.span().end();
			name.region(end, Math.min(text.length(), end + LOOK_AHEAD));
			if (!name.lookingAt()) {
				continue;
			}
			Span nameSpan = new Span(name.start("name"), name.end("name"));
			String written = name.group("name");
			if (taken.overlapsAny(nameSpan) || containsNonName(written)) {
				continue;
			}
			Occurrence person = person(text, sentences, institution, written, nameSpan);
			if (person != null) {
				found.add(person);
				taken.add(nameSpan);
			}
		}
		return found;
	}

	private static @Nullable Occurrence person(String text, List<Span> sentences, Occurrence institution,
			String written, Span nameSpan) {
		int start = institution.span().start();
		Span sentence = SentenceSplitter.containing(sentences, start, text.length());
		int titleEnd = titleEnd(text, sentence, start);
		String title = TitledPersonPattern.roleBefore(text, sentence, titleEnd);
		for (int step = 0; title == null && step < MAX_WORDS_BETWEEN; step++) {
			titleEnd = startOfLowerCaseWordBefore(text, sentence, titleEnd);
			title = titleEnd < 0 ? null : TitledPersonPattern.roleBefore(text, sentence, titleEnd);
		}
		if (title == null) {
			return null;
		}
		String role = title + " " + text.substring(titleEnd, nameSpan.start()).strip();
		boolean russian = AliasKey.isCyrillic(written.charAt(0));
		String nominative = russian ? RussianNominative.of(written, role) : written;
		if (russian && !RussianNominative.isNominative(role) && nominative.equals(written)) {
			return null;
		}
		return new Occurrence(TitledPersonPattern.newPerson(nominative, written), nameSpan, 0.7, role);
	}

	/**
	 * Where the lower-case word before {@code end} starts («штаба» in «начальник штаба
	 * Комитета …»), or -1.
	 */
	private static int startOfLowerCaseWordBefore(String text, Span sentence, int end) {
		if (end < 0) {
			return -1;
		}
		int from = Math.max(sentence.start(), end - 30);
		Matcher word = LOWER_CASE_WORD_BEFORE.matcher(text.substring(from, end));
		return word.find() ? from + word.start() : -1;
	}

	/** Where the title before an institution ends: before "of the" in English. */
	private static int titleEnd(String text, Span sentence, int institutionStart) {
		int from = Math.max(sentence.start(), institutionStart - 12);
		Matcher connector = CONNECTOR_BEFORE.matcher(text.substring(from, institutionStart));
		return connector.find() ? from + connector.start() + 1 : institutionStart;
	}

	private static boolean containsNonName(String name) {
		for (String word : name.split("\\h+")) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (NOT_NAMES.contains(word) || UnknownNamePattern.NOT_NAME_WORDS.contains(lower)
					|| FullNames.isTitleWord(lower)) {
				return true;
			}
		}
		return false;
	}

}
