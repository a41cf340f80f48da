package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Makes a person named in full in an item win over another entity that merely shares the
 * surname. A known official's surname alias written right after a different first name
 * ("Ivan Lavrov" where the knowledge base has Sergey Lavrov) is not that official; a
 * surname alone goes to the one person of the item named in full with it, and to nobody
 * (an ambiguous candidate for editors) when the item names two such people.
 */
final class FullNames {

	private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+");

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

	/** The end of a Russian surname whose plural adds -ы, -ых, -ым, -ыми. */
	private static final Pattern PLURAL_SURNAME_STEM = Pattern.compile("(?:ов|ев|ёв|ин|ын)$");

	private static final List<String> PLURAL_ENDINGS = List.of("ы", "ых", "ым", "ыми");

	private static final Set<String> NOT_FIRST_NAMES = Set.of("mr", "mrs", "ms", "dr", "minister", "president",
			"general", "secretary", "chairman", "chairwoman", "chair", "ambassador", "director", "head", "chief",
			"commander", "colonel", "deputy", "foreign", "defence", "defense", "interior", "spokesman", "spokeswoman",
			"spokesperson", "representative", "envoy", "premier", "senator", "governor", "mayor", "judge",
			"counterpart", "admiral", "lieutenant", "major", "captain", "sergeant", "marshal", "prime", "acting",
			"former", "the", "when", "while", "after", "before", "as", "but", "and", "if", "then", "also", "said",
			"says", "told", "according", "by", "for", "with", "from", "to", "of", "at", "in", "on", "meanwhile",
			"however", "minister's", "министр", "президент", "генерал", "глава", "секретарь", "посол", "директор",
			"председатель", "когда", "как", "но", "и", "по", "словам", "господин", "госпожа");

	private FullNames() {
	}

	/**
	 * Whether the lower-case word is a title or function word rather than a first name.
	 */
	static boolean isTitleWord(String lower) {
		return NOT_FIRST_NAMES.contains(lower);
	}

	/**
	 * The gazetteer's occurrences without those that are only a surname alias written
	 * after a first name or patronymic the official does not have.
	 */
	static List<Occurrence> withoutSurnamesOfOthers(String text, List<Occurrence> occurrences) {
		List<Occurrence> kept = new ArrayList<>(occurrences.size());
		for (Occurrence occurrence : occurrences) {
			if (!isSurnameAfterOtherFirstName(text, occurrence)) {
				kept.add(occurrence);
			}
			else if (isWrittenAsAlias(text, occurrence)) {
				kept.add(namesake(text, occurrence));
			}
		}
		return kept;
	}

	/**
	 * Whether the surname is written as the entity's own surname (its nominative), so
	 * that the first name and surname together can name a new person as written.
	 */
	private static boolean isWrittenAsAlias(String text, Occurrence occurrence) {
		String name = occurrence.entity().name();
		String surname = name.substring(name.lastIndexOf(' ') + 1);
		return AliasKey.of(surface(text, occurrence)).equals(AliasKey.of(surname));
	}

	/**
	 * The namesake named in full ("Олег Зась" beside the known Stanislav Zas) as a new
	 * person, so that the bare surname later in the item can go to them rather than to
	 * the known one.
	 */
	private static Occurrence namesake(String text, Occurrence surname) {
		int start = surname.span().start() - 1;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		String written = text.substring(start, surname.span().end());
		return new Occurrence(TitledPersonPattern.newPerson(written, written), new Span(start, surname.span().end()),
				0.6, null);
	}

	private static boolean isSurnameAfterOtherFirstName(String text, Occurrence occurrence) {
		if (!occurrence.isPerson() || !occurrence.entity().isKnown() || !isOneWord(text, occurrence.span())) {
			return false;
		}
		String before = wordBefore(text, occurrence.span().start());
		String lower = before == null ? "" : before.toLowerCase(Locale.ROOT);
		if (before == null || !FIRST_NAME.matcher(before).matches() || NOT_FIRST_NAMES.contains(lower)
				|| UnknownNamePattern.NOT_NAME_WORDS.contains(lower) || CommonCapitalWords.contains(lower)) {
			return false;
		}
		String firstName = firstWord(occurrence.entity().name());
		return AliasKey.of(before).charAt(0) != AliasKey.of(firstName).charAt(0);
	}

	private static String firstWord(String name) {
		int space = name.indexOf(' ');
		return space < 0 ? name : name.substring(0, space);
	}

	private static String wordBefore(String text, int start) {
		if (start < 2 || text.charAt(start - 1) != ' ') {
			return null;
		}
		int from = start - 1;
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		return from < start - 1 ? text.substring(from, start - 1) : null;
	}

	/**
	 * The occurrences with every one-word mention of a person given to the one person of
	 * the item named in full with that surname; where several are, the mention is left
	 * out and added to {@code ambiguous}.
	 */
	static List<Occurrence> surnamesResolved(String text, List<Occurrence> occurrences,
			List<ExtractedCandidate> ambiguous) {
		Map<String, Map<String, Occurrence>> fullNamesBySurname = fullNamesBySurname(text, occurrences);
		if (fullNamesBySurname.isEmpty()) {
			return occurrences;
		}
		Map<String, Set<String>> wordsBefore = firstNamesBeforeWords(text);
		Map<String, Boolean> namesakes = new HashMap<>();
		List<Occurrence> resolved = new ArrayList<>(occurrences.size());
		for (Occurrence occurrence : occurrences) {
			Map<String, Occurrence> named = occurrence.isPerson() && isOneWord(text, occurrence.span())
					? fullNamesBySurname.get(AliasKey.of(surface(text, occurrence))) : null;
			if (named == null || named.isEmpty()) {
				resolved.add(occurrence);
				continue;
			}
			Occurrence repeated = named.size() > 1 ? repeatedFullName(text, occurrence, named, resolved) : null;
			if (repeated != null) {
				resolved.add(repeated);
				continue;
			}
			Occurrence fullName = named.values().iterator().next();
			boolean namesake = named.size() == 1 && namesakes.computeIfAbsent(identity(fullName.entity()),
					key -> hasUnrecognizedNamesake(text, fullName, wordsBefore));
			if (named.size() > 1 || namesake) {
				ambiguous.add(ambiguity(text, occurrence, named));
				continue;
			}
			resolved.add(fullName.entity().equals(occurrence.entity()) ? occurrence
					: new Occurrence(fullName.entity(), occurrence.span(), 0.6, null));
		}
		return resolved;
	}

	/**
	 * A shared surname written again after the first name of exactly one of the people
	 * named in full with it ("Jasur Karimov said" beside Rustam and Jasur Karimov): that
	 * person's full name, not a bare surname.
	 */
	private static @Nullable Occurrence repeatedFullName(String text, Occurrence surname, Map<String, Occurrence> named,
			List<Occurrence> resolved) {
		String before = wordBefore(text, surname.span().start());
		if (before == null) {
			return null;
		}
		Occurrence match = null;
		for (Occurrence fullName : named.values()) {
			if (!before.equals(firstWord(surface(text, fullName)))) {
				continue;
			}
			if (match != null) {
				return null;
			}
			match = fullName;
		}
		int start = surname.span().start() - before.length() - 1;
		boolean free = resolved.isEmpty() || resolved.get(resolved.size() - 1).span().end() <= start;
		return match == null || !free ? null
				: new Occurrence(match.entity(), new Span(start, surname.span().end()), 0.6, null);
	}

	private static Map<String, Map<String, Occurrence>> fullNamesBySurname(String text, List<Occurrence> occurrences) {
		Map<String, Map<String, Occurrence>> bySurname = new LinkedHashMap<>();
		for (Occurrence occurrence : occurrences) {
			if (!occurrence.isPerson() || isOneWord(text, occurrence.span())) {
				continue;
			}
			for (String form : surnameForms(text, occurrence)) {
				bySurname.computeIfAbsent(AliasKey.of(form), key -> new LinkedHashMap<>())
					.putIfAbsent(identity(occurrence.entity()), occurrence);
			}
		}
		return bySurname;
	}

	/**
	 * Whether the item also writes the full name's surname after another first name that
	 * the extractor did not recognize as a person ("Captain Daniyar Abenov" beside "Major
	 * General Serik Abenov"): then a bare surname may mean either. A middle name of the
	 * full name itself ("Abdul Wahid Rahmani") is no namesake's first name. Relatives
	 * named together in the Russian plural («братьев Рината и Ильдуса Хабибуллиных»,
	 * «супруги Алия и Ренат Сабировы») are namesakes too: the plural surname follows a
	 * first name.
	 */
	private static boolean hasUnrecognizedNamesake(String text, Occurrence fullName,
			Map<String, Set<String>> wordsBefore) {
		String written = surface(text, fullName);
		char initial = AliasKey.of(firstWord(written)).charAt(0);
		Set<String> ownNames = Set.copyOf(List.of(written.split(" ")));
		for (String form : withRussianPlurals(surnameForms(text, fullName))) {
			for (String before : wordsBefore.getOrDefault(form.toLowerCase(Locale.ROOT), Set.of())) {
				if (AliasKey.of(before).charAt(0) != initial && !ownNames.contains(before)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The forms with the plural forms of a Russian surname in -ов, -ев, -ёв, -ин or -ын
	 * added (Сабиров → Сабировы, Сабировых, Сабировым, Сабировыми).
	 */
	private static Set<String> withRussianPlurals(Set<String> forms) {
		Set<String> withPlurals = new LinkedHashSet<>(forms);
		for (String form : forms) {
			if (form.length() > 4 && PLURAL_SURNAME_STEM.matcher(form).find()) {
				for (String ending : PLURAL_ENDINGS) {
					withPlurals.add(form + ending);
				}
			}
		}
		return withPlurals;
	}

	/**
	 * For every word of the text, in lower case, the capitalized words written right
	 * before it that can be first names: one pass, so that looking up a surname costs
	 * only its own occurrences.
	 */
	private static Map<String, Set<String>> firstNamesBeforeWords(String text) {
		Map<String, Set<String>> before = new HashMap<>();
		Matcher word = WORD.matcher(text);
		String previous = null;
		int previousEnd = -2;
		int step = 0;
		while (word.find()) {
			Checkpoints.check(step++);
			boolean adjacent = previous != null && word.start() == previousEnd + 1 && text.charAt(previousEnd) == ' ';
			if (adjacent && isPossibleFirstName(previous)) {
				before.computeIfAbsent(word.group().toLowerCase(Locale.ROOT), key -> new HashSet<>()).add(previous);
			}
			previous = word.group();
			previousEnd = word.end();
		}
		return before;
	}

	private static boolean isPossibleFirstName(String word) {
		if (!CapitalizedWord.is(word)) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		return !NOT_FIRST_NAMES.contains(lower) && !UnknownNamePattern.NOT_NAME_WORDS.contains(lower)
				&& !CommonCapitalWords.contains(lower);
	}

	/**
	 * The forms of a full name's surname: as written, as its aliases give it (the
	 * nominative of "Рустама Ахмедова" is "Ахмедов"), and their Russian case forms.
	 */
	private static Set<String> surnameForms(String text, Occurrence fullName) {
		Set<String> forms = new LinkedHashSet<>();
		addSurnameForms(forms, surface(text, fullName));
		for (String alias : fullName.entity().aliases()) {
			if (alias.indexOf(' ') > 0) {
				addSurnameForms(forms, alias);
			}
		}
		return forms;
	}

	private static void addSurnameForms(Set<String> forms, String name) {
		String surname = name.substring(name.lastIndexOf(' ') + 1);
		if (forms.add(surname)) {
			forms.addAll(RussianCaseForms.of(surname));
		}
	}

	private static ExtractedCandidate ambiguity(String text, Occurrence occurrence, Map<String, Occurrence> named) {
		List<String> knownIds = new ArrayList<>();
		for (Occurrence fullName : named.values()) {
			if (fullName.entity().isKnown()) {
				knownIds.add(fullName.entity().knownId());
			}
		}
		String written = surface(text, occurrence);
		return new ExtractedCandidate(written, AliasKey.of(written), EntityType.OFFICIAL, knownIds, occurrence.span());
	}

	private static String identity(EntityRef entity) {
		return entity.isKnown() ? entity.knownId() : entity.type() + ":" + entity.name();
	}

	private static String surface(String text, Occurrence occurrence) {
		return text.substring(occurrence.span().start(), occurrence.span().end());
	}

	private static boolean isOneWord(String text, Span span) {
		return AliasKey.words(text.substring(span.start(), span.end())).size() == 1;
	}

}
