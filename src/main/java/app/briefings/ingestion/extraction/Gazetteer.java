package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base's names compiled into one trie over alias keys, walked from every
 * word start of a keyed text ({@link WholeWordKeyTrie}), built once and shared by all
 * threads. Finds whole-word, properly capitalized occurrences of known entities in a
 * text, the longest match winning. One-word operation names ("Channel", "Гром") are
 * common words, so they are not searched for in running text but looked up when a pattern
 * has found them in quotes.
 */
final class Gazetteer {

	private final WholeWordKeyTrie<List<Alias>> automaton;

	private final Map<String, KnownEntity> operationsByKey;

	private final Map<String, KnownEntity> anyByKey;

	Gazetteer(Collection<KnownEntity> entities) {
		Map<String, List<Alias>> aliasesByKey = new LinkedHashMap<>();
		this.operationsByKey = new HashMap<>();
		this.anyByKey = new HashMap<>();
		for (KnownEntity entity : entities) {
			register(entity, aliasesByKey);
		}
		this.automaton = WholeWordKeyTrie.of(aliasesByKey);
	}

	private void register(KnownEntity entity, Map<String, List<Alias>> aliasesByKey) {
		for (String form : formsOf(entity)) {
			String key = AliasKey.of(form);
			if (key.isEmpty()) {
				continue;
			}
			this.anyByKey.putIfAbsent(key, entity);
			if (entity.type() == EntityType.OPERATION) {
				this.operationsByKey.putIfAbsent(key, entity);
			}
			if (isSearchedInRunningText(entity, form, key)) {
				aliasesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Alias(entity, form, isAcronym(form)));
			}
		}
	}

	private static List<String> formsOf(KnownEntity entity) {
		List<String> forms = new ArrayList<>();
		forms.add(entity.name());
		forms.addAll(entity.aliases());
		if (entity.type() == EntityType.ORGANIZATION) {
			List<String> longForms = new ArrayList<>();
			for (String form : forms) {
				longForms.addAll(CountryLongForms.of(form));
			}
			forms.addAll(longForms);
		}
		boolean named = entity.type() == EntityType.ORGANIZATION || entity.type() == EntityType.EVENT;
		List<String> caseForms = new ArrayList<>();
		for (String form : forms) {
			caseForms.addAll(named ? RussianCaseForms.ofHeadWord(form) : RussianCaseForms.of(form));
		}
		forms.addAll(caseForms);
		return forms;
	}

	private static boolean isSearchedInRunningText(KnownEntity entity, String form, String key) {
		if (entity.type() != EntityType.OPERATION) {
			return true;
		}
		return key.indexOf(' ') >= 0 && !QuotedSegments.hasQuoteMark(form);
	}

	private static boolean isAcronym(String form) {
		return form.equals(form.toUpperCase()) && !form.equals(form.toLowerCase());
	}

	/**
	 * The known operation a quoted name stands for, its edition suffix ("-2025") ignored.
	 */
	Optional<KnownEntity> operationNamed(String name) {
		return Optional.ofNullable(this.operationsByKey.get(AliasKey.of(OperationNamePattern.withoutEdition(name))));
	}

	/** The known entity of any type whose alias is exactly this name. */
	Optional<KnownEntity> entityNamed(String name) {
		return Optional.ofNullable(this.anyByKey.get(AliasKey.of(name)));
	}

	List<Occurrence> find(String text) {
		return findWithAmbiguities(text).occurrences();
	}

	/**
	 * The occurrences of known entities, and apart from them the names that fit several
	 * entities at once, which are not linked.
	 */
	Found findWithAmbiguities(String text) {
		KeyedText keyed = KeyedText.of(text);
		List<Occurrence> candidates = new ArrayList<>();
		List<ExtractedCandidate> ambiguous = new ArrayList<>();
		for (WholeWordKeyTrie.Match<List<Alias>> match : this.automaton.wholeWordMatches(keyed.key())) {
			Checkpoints.check(candidates.size());
			addIfWholeAndCapitalized(text, keyed, match, candidates, ambiguous);
		}
		return new Found(Occurrences.longestFirst(candidates), ambiguous);
	}

	private static void addIfWholeAndCapitalized(String text, KeyedText keyed,
			WholeWordKeyTrie.Match<List<Alias>> match, List<Occurrence> candidates,
			List<ExtractedCandidate> ambiguous) {
		Span span = keyed.textSpan(match.start(), match.end());
		if (span == null) {
			return;
		}
		String surface = text.substring(span.start(), span.end());
		if (QuotedSegments.hasQuoteMark(surface) || surface.indexOf('\n') >= 0) {
			return;
		}
		List<Alias> fitting = fitting(match.payload(), surface);
		if (fitting.isEmpty()) {
			return;
		}
		Set<String> entityIds = new LinkedHashSet<>();
		for (Alias alias : fitting) {
			entityIds.add(alias.entity().id());
		}
		Alias first = fitting.get(0);
		if (first.entity().type() == EntityType.PLACE
				&& (isCompoundAdjective(text, span) || isShoutedInRunningText(text, span, surface))) {
			return;
		}
		if (entityIds.size() > 1) {
			ambiguous.add(new ExtractedCandidate(surface, AliasKey.of(surface), first.entity().type(),
					List.copyOf(entityIds), span));
			return;
		}
		Span written = first.withClosingDot(text, span);
		candidates.add(new Occurrence(WellKnownPlaces.refOf(first.entity()), written, first.confidence(), null));
	}

	/**
	 * Whether a place's name opens a compound adjective ("a Tashkent-based clinic",
	 * "Moscow-led"): it says where something is from, not a place the item is about.
	 */
	private static boolean isCompoundAdjective(String text, Span span) {
		return text.startsWith("-based", span.end()) || text.startsWith("-led", span.end());
	}

	/**
	 * Whether a place's name is written wholly in capitals inside a line ("seen by FRANCE
	 * 24"): a brand or a masthead, not the place. At a line's start it is a dateline the
	 * layout left in the body ("BISHKEK - …"), which does name the place.
	 */
	private static boolean isShoutedInRunningText(String text, Span span, String surface) {
		if (span.start() == 0 || text.charAt(span.start() - 1) == '\n') {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < surface.length(); i++) {
			char c = surface.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters += Character.isLetter(c) ? 1 : 0;
		}
		return letters >= 4;
	}

	private static List<Alias> fitting(List<Alias> aliases, String surface) {
		List<Alias> fitting = new ArrayList<>();
		for (Alias alias : aliases) {
			if (alias.fits(surface)) {
				fitting.add(alias);
			}
		}
		return fitting;
	}

	/**
	 * What the gazetteer found in a text: linked occurrences and names shared by several
	 * entities.
	 */
	record Found(List<Occurrence> occurrences, List<ExtractedCandidate> ambiguous) {

	}

	/** One written form of a known entity. */
	private record Alias(KnownEntity entity, String form, boolean acronym) {

		boolean fits(String surface) {
			if (this.acronym) {
				return surface.equals(surface.toUpperCase());
			}
			char first = surface.charAt(0);
			return Character.isUpperCase(first) || Character.isDigit(first);
		}

		/** "U.S." keeps its last dot, which the key leaves out. */
		Span withClosingDot(String text, Span span) {
			boolean dotFollows = span.end() < text.length() && text.charAt(span.end()) == '.';
			return this.form.endsWith(".") && dotFollows ? new Span(span.start(), span.end() + 1) : span;
		}

		double confidence() {
			boolean oneWord = AliasKey.words(this.form).size() == 1;
			if (this.entity.type() == EntityType.OFFICIAL && oneWord) {
				return 0.8;
			}
			return oneWord ? 0.85 : 0.95;
		}

	}

	/**
	 * A text reduced to its alias key, with the way back from key offsets to text
	 * offsets.
	 */
	private record KeyedText(String key, List<Span> words, int[] wordAtKeyOffset) {

		static KeyedText of(String text) {
			StringBuilder key = new StringBuilder(text.length());
			List<Span> keptWords = new ArrayList<>();
			int[] owners = new int[text.length() * 2 + 1];
			for (Span word : AliasKey.words(text)) {
				int keyLength = key.length();
				int wordStart = keyLength > 0 ? keyLength + 1 : 0;
				if (keyLength > 0) {
					key.append(' ');
				}
				AliasKey.appendWord(text, word, key);
				if (key.length() == wordStart) {
					key.setLength(keyLength);
					continue;
				}
				if (keyLength > 0) {
					owners = ensureCapacity(owners, wordStart);
					owners[keyLength] = -1;
				}
				owners = ensureCapacity(owners, key.length());
				Arrays.fill(owners, wordStart, key.length(), keptWords.size());
				keptWords.add(word);
			}
			return new KeyedText(key.toString(), keptWords, owners);
		}

		private static int[] ensureCapacity(int[] owners, int length) {
			return length <= owners.length ? owners : Arrays.copyOf(owners, Math.max(length, owners.length * 2));
		}

		Span textSpan(int keyStart, int keyEnd) {
			boolean startsWord = keyStart == 0 || this.key.charAt(keyStart - 1) == ' ';
			boolean endsWord = keyEnd == this.key.length() || this.key.charAt(keyEnd) == ' ';
			if (!startsWord || !endsWord) {
				return null;
			}
			Span first = this.words.get(this.wordAtKeyOffset[keyStart]);
			Span last = this.words.get(this.wordAtKeyOffset[keyEnd - 1]);
			return new Span(first.start(), last.end());
		}

	}

}
