package app.briefings.ingestion.extraction;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A title standing for a person named earlier ("the general", "the Armenian minister",
 * "глава МИД"), and the test of whether a person holds it: one of the titles written next
 * to the person in the item or listed in the knowledge base must name the same office. A
 * secretary general is not a general; a person without any known title holds none.
 */
final class TitleReference {

	private static final Pattern GENERAL = Pattern
		.compile("(?<!secretary[ -])(?<!attorney )(?<!director[ -])(?<!consul )\\b(?:general|gen\\.)|генерал");

	private static final String SECRETARY_GENERAL = "secretary[ -]general|генеральн[а-яё]* секретар|генсек";

	private static final String DIPLOMAT = "foreign|ambassador|envoy|diplomat|иностранных дел|мид|посол|посл[а-яё]";

	private static final String HEAD = "head|chief|director|chair|глав|руководител|начальник|директор|председател|"
			+ "minister|министр";

	/**
	 * A minister, also when the title calls them the head of their ministry («глава
	 * МИД»).
	 */
	private static final String MINISTER = "minister|министр|глав[а-яё]* (?:мид|мвд|мчс|минобороны|министерств)"
			+ "|head of [\\p{L}'’ ]*ministry";

	/** A member of a parliament, whichever chamber and word the title uses. */
	private static final String LAWMAKER = "депутат|парламент|сенатор|senator|lawmaker|legislator|member of parliament"
			+ "|member of the [\\p{L}'’ ]*(?:duma|kenesh|majilis|mazhilis|senate|parliament|assembly)";

	/** A deputy minister, written out or shortened («замминистра»). */
	private static final String DEPUTY_MINISTER = "заместител[а-яё]* (?:министр|главы (?:мид|мвд|минобороны|министерств))"
			+ "|замминистр|deputy (?:[\\p{L}-]+ )?minister";

	/** An analyst, whichever of the kindred words the title uses. */
	private static final String ANALYST = "эксперт|политолог|аналитик|expert|analyst";

	/**
	 * Officers' ranks, each held only by its own rank: a lieutenant colonel is no
	 * colonel, a major general no major.
	 */
	private static final String COLONEL = "(?<![\\p{L}])полковник|(?<!lieutenant )colonel|(?<!lt\\. ?)col\\.";

	private static final String LIEUTENANT_COLONEL = "подполковник|lieutenant colonel|lt\\. ?col\\.";

	private static final String MAJOR = "(?<![\\p{L}-])майор|(?<!general )(?<![\\p{L}])major(?! general)";

	private static final String CAPTAIN = "капитан|captain|capt\\.";

	private static final Pattern OBJECT_OF_COMPLEMENT = Pattern.compile("(?<![\\p{L}])of (?:the )?(?:\\S+ )?$");

	private static final Pattern RUSSIAN_COUNTRY_ADJECTIVE = Pattern.compile("[а-яё]+(?:ский|цкий)");

	private static final Map<String, String> OFFICES = Map.ofEntries(Map.entry("minister", MINISTER),
			Map.entry("министр", MINISTER), Map.entry("secretary general", SECRETARY_GENERAL),
			Map.entry("генсек", SECRETARY_GENERAL), Map.entry("official", ""), Map.entry("diplomat", DIPLOMAT),
			Map.entry("дипломат", DIPLOMAT), Map.entry("spokesman", "spokes|press|представител"),
			Map.entry("spokeswoman", "spokes|press|представител"),
			Map.entry("spokesperson", "spokes|press|представител"), Map.entry("commander", "commander|командующ"),
			Map.entry("командующий", "commander|командующ"), Map.entry("ambassador", "ambassador|посол|посл[а-яё]"),
			Map.entry("посол", "ambassador|посол|посл[а-яё]"), Map.entry("president", "president|президент"),
			Map.entry("президент", "president|президент"), Map.entry("chairman", "chair|председател"),
			Map.entry("председатель", "chair|председател"), Map.entry("head", HEAD), Map.entry("chief", HEAD),
			Map.entry("глава", HEAD), Map.entry("руководитель", HEAD), Map.entry("начальник", HEAD),
			Map.entry("директор", "director|директор"), Map.entry("colonel", "colonel|col\\.|полковник"),
			Map.entry("envoy", "envoy|representative|представител"),
			Map.entry("представитель", "spokes|representative|envoy|представител"),
			Map.entry("премьер", "prime minister|премьер"), Map.entry("депутат", LAWMAKER),
			Map.entry("парламентарий", LAWMAKER), Map.entry("сенатор", LAWMAKER), Map.entry("эксперт", ANALYST),
			Map.entry("политолог", ANALYST), Map.entry("аналитик", ANALYST), Map.entry("замминистра", DEPUTY_MINISTER),
			Map.entry("полковник", COLONEL), Map.entry("подполковник", LIEUTENANT_COLONEL), Map.entry("майор", MAJOR),
			Map.entry("капитан", CAPTAIN));

	private static final Map<String, String> MINISTRIES = Map.of("мид", "foreign|иностранных дел|мид", "мвд",
			"interior|внутренних дел|мвд", "минобороны", "defen[cs]e|обороны|минобороны");

	private static final Set<String> OFFICE_ADJECTIVES = Set.of("foreign", "defence", "defense", "interior", "prime",
			"deputy");

	private static final int COUNTRY_STEM_LENGTH = 3;

	private final String office;

	private final @Nullable Pattern holds;

	private final @Nullable String qualifier;

	private TitleReference(String office, @Nullable Pattern holds, @Nullable String qualifier) {
		this.office = office;
		this.holds = holds;
		this.qualifier = qualifier;
	}

	/** The reference a title phrase makes, or null for "he", "she", "он", "она". */
	static @Nullable TitleReference of(String written) {
		String lower = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (Set.of("he", "she", "он", "она").contains(lower)) {
			return null;
		}
		String phrase = lower.startsWith("the ") ? lower.substring(4) : lower;
		String[] words = phrase.split(" ");
		if (words[0].equals("глава") && words.length > 1 && MINISTRIES.containsKey(words[1])) {
			return new TitleReference(phrase, Pattern.compile(MINISTRIES.get(words[1])), null);
		}
		if (words[0].equals("глава") && words.length > 2 && MINISTRIES.containsKey(words[2])) {
			return new TitleReference(phrase, Pattern.compile(MINISTRIES.get(words[2])), countryStem(words[1]));
		}
		String office = phrase.endsWith("secretary general") ? "secretary general" : words[words.length - 1];
		String qualifier = qualifierOf(written, phrase, office);
		if (office.equals("general") || office.equals("генерал")) {
			return new TitleReference(office, GENERAL, qualifier);
		}
		String holds = OFFICES.getOrDefault(office, office);
		return new TitleReference(office, holds.isEmpty() ? null : Pattern.compile(holds), qualifier);
	}

	/**
	 * A word between "the" and the office that narrows it: a capitalized one ("the
	 * Armenian minister") or an office word ("the foreign minister").
	 */
	private static @Nullable String qualifierOf(String written, String phrase, String office) {
		String[] words = phrase.split(" ");
		if (words.length < 2 || office.contains(" ")) {
			return null;
		}
		String word = words[0];
		if (RUSSIAN_COUNTRY_ADJECTIVE.matcher(word).matches()) {
			return countryStem(word);
		}
		String[] writtenWords = written.strip().split("\\s+");
		boolean capitalized = writtenWords.length >= 3 && Character.isUpperCase(writtenWords[1].charAt(0));
		return (capitalized || OFFICE_ADJECTIVES.contains(word)) ? word : null;
	}

	/**
	 * The first letters of a country adjective ("российского" → "рос"), which the
	 * country's name in a title shares ("России").
	 */
	private static String countryStem(String adjective) {
		return adjective.substring(0, Math.min(COUNTRY_STEM_LENGTH, adjective.length()));
	}

	String office() {
		return this.office;
	}

	/** What decides who holds this title: its office and its qualifier. */
	String holderKey() {
		return this.office + "|" + this.qualifier;
	}

	/**
	 * Whether the title names the office other than as the object of an "of" complement:
	 * the envoy "of the OSCE Secretary General" is no secretary general, while the
	 * "Deputy Chief of the Joint Staff Lt. Gen." is a general.
	 */
	private static boolean namesOffice(Pattern holds, String title) {
		Matcher office = holds.matcher(title);
		while (office.find()) {
			if (!OBJECT_OF_COMPLEMENT.matcher(title.substring(0, office.start())).find()) {
				return true;
			}
		}
		return false;
	}

	/** Whether one of these titles names this office (and its qualifier, if any). */
	boolean isHeldBy(Collection<String> titles) {
		for (String title : titles) {
			String lower = title.toLowerCase(Locale.ROOT);
			boolean office = this.holds == null || namesOffice(this.holds, lower);
			boolean qualified = this.qualifier == null || lower.contains(this.qualifier);
			if (office && qualified) {
				return true;
			}
		}
		return false;
	}

}
