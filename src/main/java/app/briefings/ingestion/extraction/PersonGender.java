package app.briefings.ingestion.extraction;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the text and the knowledge base tell of a person's gender, for resolving "he",
 * "she", "он" and "она": a known first name, a Russian surname ending (-ova, -eva, -ina,
 * -aya for women; -ov, -ev, -in, -sky for men) or a gendered title (spokeswoman,
 * chairman). Nothing is guessed beyond that: a person may be of unknown gender.
 */
enum PersonGender {

	FEMALE, MALE, UNKNOWN;

	private static final Set<String> FEMALE_FIRST_NAMES = Set.of("maria", "mariya", "anna", "elena", "yelena", "olga",
			"irina", "natalia", "natalya", "tatiana", "tatyana", "svetlana", "ekaterina", "yekaterina", "valentina",
			"lyudmila", "galina", "marina", "victoria", "viktoriya", "yulia", "yuliya", "julia", "kamala", "hillary",
			"ursula", "kaja", "annalena", "angela", "theresa", "liz", "maia", "salome", "aigul", "dinara", "gulnara",
			"roza", "zhanna", "veronika", "kristina", "daria", "darya", "sophia", "sofia", "alexandra", "aleksandra");

	private static final Set<String> MALE_FIRST_NAMES = Set.of("sergey", "sergei", "ivan", "stanislav", "imangali",
			"ararat", "nikolay", "nikolai", "nikol", "vladimir", "alexander", "aleksandr", "andrey", "andrei", "igor",
			"viktor", "victor", "dmitry", "dmitriy", "mikhail", "oleg", "yuri", "yuriy", "pavel", "alexey", "aleksey",
			"kairat", "aibek", "aybek", "kamchybek", "baktybek", "zheenbek", "kassym", "nurlan", "ruslan", "marat",
			"anvar", "timur", "emomali", "jeyhun", "ilham", "armen", "antonio", "antónio", "john", "thomas", "matthew");

	private static final Pattern FEMALE_SURNAME = Pattern.compile(".*(?:ova|eva|yova|ina|aya|ова|ева|ёва|ина|ая)$");

	private static final Pattern MALE_SURNAME = Pattern
		.compile(".*(?:ov|ev|yov|in|sky|skiy|skii|ов|ев|ёв|ин|ский|цкий)$");

	private static final Pattern FEMALE_TITLE = Pattern.compile("(?iu).*(?:woman|женщин|представительниц).*");

	private static final Pattern MALE_TITLE = Pattern.compile("(?iu).*(?:spokesman|chairman).*");

	/**
	 * The gender of a person given their name and the titles written or known for them.
	 */
	static PersonGender of(String name, Collection<String> titles) {
		for (String title : titles) {
			if (FEMALE_TITLE.matcher(title).matches()) {
				return FEMALE;
			}
			if (MALE_TITLE.matcher(title).matches()) {
				return MALE;
			}
		}
		String[] words = name.strip().toLowerCase(Locale.ROOT).split("[\\h-]+");
		if (words.length == 0 || words[0].isEmpty()) {
			return UNKNOWN;
		}
		if (FEMALE_FIRST_NAMES.contains(words[0])) {
			return FEMALE;
		}
		if (MALE_FIRST_NAMES.contains(words[0])) {
			return MALE;
		}
		String surname = words[words.length - 1];
		if (FEMALE_SURNAME.matcher(surname).matches()) {
			return FEMALE;
		}
		return MALE_SURNAME.matcher(surname).matches() ? MALE : UNKNOWN;
	}

}
