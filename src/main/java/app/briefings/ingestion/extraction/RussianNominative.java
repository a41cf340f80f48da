package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the nominative of a man's name that stands after a title in an oblique case
 * ("с министром обороны Киргизии Бактыбеком Бекболотовым" → "Бактыбек Бекболотов"), so
 * that a new person gets the name they would be filed under. The title's ending tells the
 * case; names that do not decline stay as written.
 */
final class RussianNominative {

	private static final Pattern TITLE_NOUN = Pattern.compile(
			"(?iu)(?<noun>министр|секретар|генсек|президент|председател|директор|начальник|посл|посол|представител|генерал|полковник|заместител|командующ|депутат|губернатор|сенатор|мэр|политолог|член|руководител|полпред|эксперт|коллег|глав|адвокат|юрист|доцент|профессор|правозащитник|правозащитниц)(?<ending>[а-яё]*(?:-[а-яё]+)*)");

	/**
	 * The second noun of a compound rank («генерал-лейтенанту»), whose ending tells the
	 * case.
	 */
	private static final Pattern COMPOUND_RANK = Pattern.compile("^(?:лейтенант|полковник|майор)");

	/** Titles that decline like feminine nouns in -а. */
	private static final Set<String> FEMININE_TITLES = Set.of("коллег", "глав", "правозащитниц");

	private static final Pattern OBLIQUE_SURNAME = Pattern.compile("(?:ой|ым|им|ом|ем|ому|ему)$");

	private RussianNominative() {
	}

	static String of(String name, String role) {
		Case grammaticalCase = caseOf(role);
		if (grammaticalCase == Case.NOMINATIVE) {
			return name;
		}
		List<String> words = new ArrayList<>();
		for (String word : name.split(" ")) {
			words.add(grammaticalCase.nominative(word));
		}
		return String.join(" ", words);
	}

	/**
	 * The nominative of a name whose surname is written with this case ending after its
	 * nominative («Айбека Саткынбаева», ending «а»: «Айбек Саткынбаев»); the name as
	 * written when the ending tells no oblique case.
	 */
	static String ofSurnameEnding(String name, String ending) {
		Case grammaticalCase = switch (ending) {
			case "а", "я" -> Case.GENITIVE;
			case "у", "ю" -> Case.DATIVE;
			case "ым", "ом", "ем" -> Case.INSTRUMENTAL;
			default -> Case.NOMINATIVE;
		};
		List<String> words = new ArrayList<>();
		for (String word : name.split(" ")) {
			words.add(grammaticalCase.nominative(word));
		}
		return String.join(" ", words);
	}

	/**
	 * Whether a name after a title in an oblique case kept a surname with an oblique
	 * ending the rules cannot take off («Асель Токтогуловой»), so that filing it would
	 * file an inflected form; an indeclinable name («Шерали Мирзо») or one already in the
	 * nominative («Андрей Рудаков») is not.
	 */
	static boolean staysInflected(String name, String nominative, String role) {
		if (isNominative(role) || !nominative.equals(name)) {
			return false;
		}
		return OBLIQUE_SURNAME.matcher(name.substring(name.lastIndexOf(' ') + 1)).find();
	}

	/** Whether the title puts the name after it in the nominative. */
	static boolean isNominative(String role) {
		return caseOf(role) == Case.NOMINATIVE;
	}

	private static Case caseOf(String role) {
		Matcher noun = TITLE_NOUN.matcher(role);
		if (!noun.find()) {
			return Case.NOMINATIVE;
		}
		String compound = noun.group("ending").toLowerCase(Locale.ROOT);
		String ending = COMPOUND_RANK.matcher(compound.substring(compound.lastIndexOf('-') + 1)).replaceFirst("");
		if (FEMININE_TITLES.contains(noun.group("noun").toLowerCase(Locale.ROOT))) {
			return caseAfterFeminineTitle(ending);
		}
		if (ending.endsWith("ом") || ending.endsWith("ем") || ending.endsWith("ём") || ending.equals("им")) {
			return Case.INSTRUMENTAL;
		}
		if (ending.equals("а") || ending.equals("я") || ending.equals("его")) {
			return Case.GENITIVE;
		}
		if (ending.equals("у") || ending.equals("ю") || ending.equals("ему")) {
			return Case.DATIVE;
		}
		return Case.NOMINATIVE;
	}

	/**
	 * The case after «коллега» or «глава», which decline like feminine nouns: their
	 * accusative «коллегу» puts a man's name in the genitive form («коллегу Нурлана
	 * Асанова»), and «главой» in the instrumental («главой МИД Сироджиддином Назаровым»).
	 */
	private static Case caseAfterFeminineTitle(String ending) {
		return switch (ending) {
			case "у", "и", "ы" -> Case.GENITIVE;
			case "е" -> Case.DATIVE;
			case "ой" -> Case.INSTRUMENTAL;
			default -> Case.NOMINATIVE;
		};
	}

	/** The oblique cases a title puts a name in, and how each one's endings come off. */
	private enum Case {

		NOMINATIVE(new String[0][]),
		GENITIVE(new String[][] { { "ского", "ский" }, { "цкого", "цкий" }, { "ова", "ов" }, { "ева", "ев" },
				{ "ина", "ин" }, { "ея", "ей" }, { "ия", "ий" }, { "ая", "ай" }, { "я", "ь" }, { "а", "" },
				{ "овой", "ова" }, { "евой", "ева" }, { "иной", "ина" }, { "ской", "ская" }, { "ии", "ия" },
				{ "ьи", "ья" }, { "ги", "га" }, { "ки", "ка" }, { "хи", "ха" }, { "ы", "а" } }),
		DATIVE(new String[][] { { "скому", "ский" }, { "цкому", "цкий" }, { "ову", "ов" }, { "еву", "ев" },
				{ "ину", "ин" }, { "ею", "ей" }, { "ию", "ий" }, { "аю", "ай" }, { "ю", "ь" }, { "у", "" } }),
		INSTRUMENTAL(new String[][] { { "ским", "ский" }, { "цким", "цкий" }, { "овым", "ов" }, { "евым", "ев" },
				{ "иным", "ин" }, { "еем", "ей" }, { "ием", "ий" }, { "аем", "ай" }, { "ичем", "ич" }, { "ем", "ь" },
				{ "ом", "" } });

		private final String[][] endings;

		Case(String[][] endings) {
			this.endings = endings;
		}

		/**
		 * The nominative of one word of a name; each part of a double surname
		 * («Назаровым-Шариповым») declines on its own.
		 */
		String nominative(String word) {
			int hyphen = word.indexOf('-');
			if (hyphen > 0) {
				return nominative(word.substring(0, hyphen)) + "-" + nominative(word.substring(hyphen + 1));
			}
			for (String[] ending : this.endings) {
				boolean longEnough = word.length() > ending[0].length() + 2;
				if (longEnough && word.endsWith(ending[0]) && fitsStem(word, ending)) {
					return word.substring(0, word.length() - ending[0].length()) + ending[1];
				}
			}
			return word;
		}

		/**
		 * Whether a soft-sign nominative fits the stem: only a consonant that can be soft
		 * stands before «ем» or «ю» of a name like «Игорем», «Игорю».
		 */
		private static boolean fitsStem(String word, String[] ending) {
			if (!ending[1].equals("ь")) {
				return true;
			}
			char last = Character.toLowerCase(word.charAt(word.length() - ending[0].length() - 1));
			return "бвгдзклмнпрстфх".indexOf(last) >= 0;
		}

	}

}
