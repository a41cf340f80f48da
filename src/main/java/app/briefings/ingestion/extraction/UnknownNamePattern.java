package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds capitalized multi-word names that no pattern turned into an entity because they
 * have neither a title nor an institution word ("Marat Imankulov", "Kumtor Gold"): a
 * guess would create a wrong entity too often, so they are left to editors as candidates.
 * Leading function words, month and weekday names, and titles standing right before a
 * linked name are not names.
 */
final class UnknownNamePattern {

	static final int MAX_PER_ITEM = 20;

	private static final Pattern NAME = Pattern.compile(
			"\\p{Lu}[\\p{Ll}’'-]*\\p{Ll}(?:\\h\\p{Lu}\\p{Ll}?\\.)?(?:\\h\\p{Lu}[\\p{Ll}’'-]*\\p{Ll}){1,3}(?![\\p{L}\\p{N}])");

	static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "with", "from",
			"but", "and", "as", "if", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "our",
			"his", "her", "their", "after", "before", "during", "when", "while", "according", "last", "next", "mr",
			"mrs", "ms", "dr", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "yesterday", "today", "tomorrow", "also", "however", "earlier", "later", "then", "now",
			"meanwhile", "в", "на", "по", "и", "но", "как", "это", "вчера", "сегодня", "завтра", "также", "однако",
			"ранее", "позже", "затем", "теперь", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
			"сентябрь", "октябрь", "ноябрь", "декабрь");

	private static final Set<String> ORGANIZATION_WORDS = Set.of("group", "bank", "company", "corporation", "holding",
			"forces", "fund", "association", "network", "news", "times", "post", "media", "gold", "energy", "airlines",
			"studies", "research", "institute", "affairs", "ministry", "committee", "council", "service", "agency",
			"department", "office", "centre", "center", "university", "academy", "emirate", "parliament", "senate");

	private UnknownNamePattern() {
	}

	static List<ExtractedCandidate> find(String text, List<Occurrence> linked) {
		List<ExtractedCandidate> found = new ArrayList<>();
		SpanIndex taken = SpanIndex.of(linked);
		Set<Integer> linkedStarts = new HashSet<>();
		for (Occurrence occurrence : linked) {
			linkedStarts.add(occurrence.span().start());
		}
		for (MatchResult match : WordStartMatches.of(NAME, text)) {
			Checkpoints.check();
			if (found.size() == MAX_PER_ITEM) {
				break;
			}
			Span span = afterLinkedWords(text, withoutNonNameWords(text, new Span(match.start(), match.end())), taken);
			if (span == null || taken.overlapsAny(span) || standsBeforeName(text, span, linkedStarts)) {
				continue;
			}
			String surface = text.substring(span.start(), span.end());
			found.add(new ExtractedCandidate(surface, AliasKey.of(surface), guessedType(surface), List.of(), span));
		}
		return found;
	}

	/** The span without its non-name words, or null when fewer than two words remain. */
	private static @Nullable Span withoutNonNameWords(String text, Span span) {
		List<Span> words = new ArrayList<>();
		for (Span word : AliasKey.words(text.substring(span.start(), span.end()))) {
			String lower = text.substring(span.start() + word.start(), span.start() + word.end())
				.toLowerCase(Locale.ROOT);
			if (NOT_NAME_WORDS.contains(lower) || PresenterRoles.contains(lower)) {
				words.clear();
				continue;
			}
			words.add(new Span(span.start() + word.start(), span.start() + word.end()));
		}
		if (words.size() < 2) {
			return null;
		}
		return new Span(words.get(0).start(), span.end());
	}

	/**
	 * The words of the span after the last one a linked entity covers («Республики
	 * Казахстан Ерлан Нурмагамбетов» after the linked Kazakhstan), when at least two
	 * remain and the first of them can open a person's name; the span itself when no word
	 * is linked; otherwise null.
	 */
	private static @Nullable Span afterLinkedWords(String text, @Nullable Span span, SpanIndex taken) {
		if (span == null || !taken.overlapsAny(span)) {
			return span;
		}
		List<Span> words = AliasKey.words(text.substring(span.start(), span.end()));
		int first = words.size();
		while (first > 0 && !taken.overlapsAny(shifted(words.get(first - 1), span.start()))) {
			first--;
		}
		if (words.size() - first < 2) {
			return null;
		}
		Span opening = shifted(words.get(first), span.start());
		String lower = text.substring(opening.start(), opening.end()).toLowerCase(Locale.ROOT);
		if (FullNames.isTitleWord(lower) || CommonCapitalWords.contains(lower)) {
			return null;
		}
		return new Span(opening.start(), span.end());
	}

	private static Span shifted(Span word, int offset) {
		return new Span(offset + word.start(), offset + word.end());
	}

	private static boolean standsBeforeName(String text, Span span, Set<Integer> linkedStarts) {
		int next = span.end();
		while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
			next++;
		}
		return linkedStarts.contains(next);
	}

	private static EntityType guessedType(String surface) {
		for (Span word : AliasKey.words(surface)) {
			String lower = surface.substring(word.start(), word.end()).toLowerCase(Locale.ROOT);
			if (ORGANIZATION_WORDS.contains(lower)) {
				return EntityType.ORGANIZATION;
			}
		}
		return EntityType.OFFICIAL;
	}

}
