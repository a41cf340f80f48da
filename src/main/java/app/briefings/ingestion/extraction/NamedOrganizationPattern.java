package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes organizations the knowledge base does not know by the shape of their names:
 * capitalized words ending in an institution word ("State Committee for National
 * Security", "Kyrgyz Border Service"), optionally followed by an acronym in brackets, and
 * Russian names introduced with their acronym ("Государственный комитет национальной
 * безопасности (ГКНБ)").
 */
final class NamedOrganizationPattern {

	private static final String WORD_EN = "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
			+ "|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}]))"
			+ "(?:\\p{Lu}[\\p{Ll}’'-]+|\\p{Lu}{2,8}(?![\\p{L}]))";

	private static final String CONNECTOR_EN = "(?:of|for|on|against|to|in|under|the|and(?!\\h+the\\b))";

	/**
	 * The fields of a ministry listed with commas ("Ministry of Labour, Migration and
	 * Employment"): one word each, the last after "and".
	 */
	private static final String FIELDS_EN = "(?:,\\h+\\p{Lu}\\p{Ll}+){1,3},?\\h+and\\h+\\p{Lu}\\p{Ll}+(?![\\p{L}])";

	/**
	 * "and" before a capitalized adjective among the words before the head ("Central
	 * Political and Legal Affairs Commission", "National Information and Analytical
	 * Centre"): both fields belong to the one name.
	 */
	private static final String JOINED_ADJECTIVE_EN = "(?:and\\h+(?=\\p{Lu}\\p{Ll}+(?:al|ic|ive|ary)\\h))?";

	private static final String HEAD_EN = "(?:Agency|Committee|Council|Service|Ministry|Center|Centre|Organization|Organisation"
			+ "|Union|Alliance|Bureau|Command|Directorate|Department|Guard|Front|Movement|Army|Brigade|Institute|Foundation"
			+ "|Party|Commission|Forces|Troops|Group|Office|Police|Staff|Guards?|Assembly|Association|Senate|Academy"
			+ "|Initiative|Secretariat)";

	private static final String COMPLEMENT_EN = "\\h+(?:of|for|on|against|under)\\h+(?:the\\h+)?" + WORD_EN + "(?:"
			+ FIELDS_EN + "|\\h+(?:" + CONNECTOR_EN + "\\h+){0,2}" + WORD_EN + "){0,8}";

	/**
	 * Heads that open a name of their own when a complement follows them ("Ministry of
	 * Internal Affairs of Uzbekistan", "Council of the Republic", "House of
	 * Representatives").
	 */
	private static final String OPENING_HEAD_EN = "(?:Ministry|Committee|Council|Agency|Service|Department|Directorate"
			+ "|Assembly|Association|House|Senate|Institute|Academy|Commission|Bureau|Centre|Center)";

	/**
	 * The parliaments of the region called by their own names, which carry no institution
	 * word and may stand alone.
	 */
	private static final String PARLIAMENT_EN = "(?:Jogorku\\h+Kenesh|Mazhilis|Majilis|Oliy\\h+Majlis|Milli\\h+Majlis)";

	private static final Pattern PARLIAMENT = Pattern
		.compile("^(?:" + PARLIAMENT_EN + "|Мажилис|Жогорку\\h+Кенеш|Олий\\h+Мажлис)[а-яё]{0,3}$");

	private static final Pattern ENGLISH = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?!(?:The|A|An|In|On|At|By|For|With|From)\\h)(?<name>(?:" + WORD_EN + "\\h+"
				+ JOINED_ADJECTIVE_EN + "){1,4}" + HEAD_EN + "(?:" + COMPLEMENT_EN + ")?|" + OPENING_HEAD_EN
				+ COMPLEMENT_EN + "|" + PARLIAMENT_EN + ")(?![\\p{L}])(?:\\h+\\((?<acronym>\\p{Lu}{2,8})\\))?");

	/**
	 * The words every English name holds, as whole words: a head word, an opening head or
	 * a parliament's name.
	 */
	private static final Pattern HEAD_OR_PARLIAMENT_EN = Pattern
		.compile("(?<![\\p{L}])(?:" + HEAD_EN + "|" + OPENING_HEAD_EN + "|" + PARLIAMENT_EN + ")(?![\\p{L}])");

	private static final Pattern MEMBERS_AFTER = Pattern
		.compile("\\h+(?:(?:государств|стран)\\h+)?[—–]\\h+участни[кц]");

	private static final int MEMBERS_LOOK_AHEAD = 30;

	private static final String SECURITY_COUNCIL_SHORT = "Совбез ";

	/**
	 * A capitalized word going on after a name's hyphenated word ("Counter-Narcotics
	 * Policy").
	 */
	private static final Pattern NEXT_CAPITALIZED_WORD = Pattern.compile("\\h+\\p{Lu}\\p{Ll}+(?![\\p{L}’'-])");

	private static final int MAX_TAIL_WORDS = 3;

	/**
	 * A capitalized word in the instrumental plural right after a name («Совета
	 * командующих Пограничными войсками …»): the object the name's last word governs, so
	 * the name stops inside the phrase.
	 */
	private static final Pattern GOVERNED_AFTER = Pattern.compile("\\h+[А-ЯЁ][а-яё]+(?:ыми|ими|ами|ями)(?![\\p{L}])");

	/**
	 * A place or a name made into an adjective with a participle ("Moscow-based",
	 * "Kremlin-backed"): it says where the body sits or who stands behind it, never part
	 * of its name.
	 */
	private static final Pattern COMPOUND_ADJECTIVE = Pattern
		.compile("^\\p{Lu}[\\p{L}.’']*-(?:based|led|backed|funded|run|owned|sponsored|supported|linked|affiliated"
				+ "|registered|headquartered|born|financed)\\h+");

	private static final String FIELD_RU = "(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\\h+)?[а-яё]+(?:ии|ия|ти|ий|а|я|ы|и|ов|ев)";

	/**
	 * The further fields of a ministry after its first one, with commas, the last after
	 * «и» («, социального обеспечения и миграции»).
	 */
	private static final Pattern FIELDS_RU = Pattern
		.compile("(?:,\\h+" + FIELD_RU + "){1,3},?\\h+и\\h+" + FIELD_RU + "(?![\\p{L}])"
				+ "(?:\\h+(?:[Рр]еспублики\\h+[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+(?:ской|цкой)\\h+Республики)(?![\\p{L}]))?");

	private static final Pattern OPENING_HEAD = Pattern.compile(HEAD_EN + "\\h");

	private static final Pattern FIELD_OFFICE_CITY = Pattern.compile("\\h+в\\h+[А-ЯЁ][а-яё]+е(?![\\p{L}])");

	private static final Pattern FIELD_OFFICE_CITY_EN = Pattern.compile("\\h+in\\h+\\p{Lu}\\p{Ll}+(?![\\p{L}])");

	private static final Pattern HEAD_WORD_EN = Pattern.compile("(?<![\\p{L}])" + HEAD_EN + "(?![\\p{L}])");

	private static final Pattern RUSSIAN = Pattern
		.compile("(?<![\\p{L}])(?<name>[А-ЯЁ][а-яё]+(?:\\h+[а-яё]+){1,5})\\h+\\((?<acronym>[А-ЯЁ]{2,8})\\)");

	/**
	 * Words that end like a genitive but never continue a name: prepositions, the short
	 * predicates that follow a name as its sentence's verb («Коллективные силы нужны на
	 * случай…») and adverbs of time («… никогда не звонят»).
	 */
	private static final String NOT_GENITIVE_RU = "(?!(?:на|из|для|без|над|под|от|до|через|нужн[аоы]|готов[аы]"
			+ "|должн[аоы]|способн[аы]|обязан[аы]|намерен[аы]|призван[аы]|согласн[аы]|уверен[аы]|рад[аы]"
			+ "|никогда|всегда|иногда|тогда|когда|сегодня|вчера|завтра|снова|пока|почти|едва|сначала)(?![\\p{L}]))";

	private static final String GENITIVE_WORD_RU = "(?![а-яё]*(?:[аеёиоуыэюя]л[аио]|[кгзш]ли)(?![\\p{L}]))"
			+ NOT_GENITIVE_RU
			+ "[а-яё]+(?:о-[а-яё]+)?(?:ого|его|ой|ей|ых|их|ии|ти|[нц]ий|ам|ями|ами|ям|ах|ях|ов|ев|а|я|ы|и)";

	/**
	 * A lower-case adjective between a capitalized one and the head word of a court, a
	 * detachment, a committee, a centre, a bank, a directorate or a service («Кировский
	 * районный суд», «Северо-Западное таможенное управление», «Хорогского пограничного
	 * отряда», «Государственный таможенный комитет», «Государственная пограничная
	 * служба»).
	 */
	private static final String SECOND_ADJECTIVE_RU = "(?:[а-яё]+(?:ый|ий|ой|ого|ому|ым|ом)\\h+(?=(?:суд|отряд|комитет|центр|банк))"
			+ "|[а-яё]+(?:ое|ого|ому|ым|ом)\\h+(?=управлени)|[а-яё]+(?:ая|ой|ую)\\h+(?=служб|групп))?";

	/**
	 * Complements that are not a plain genitive: «дел» and the other genitive plurals
	 * without an ending that names of research centres and agencies use («Центр изучения
	 * проблем …», «… стран СНГ», «… границ»), «Парламента», a republic's full name.
	 */
	private static final String OTHER_COMPLEMENT_RU = "дел|войск|проблем|стран|границ|угроз|систем|программ|наук|реформ|технологий|стратегий|Парламента|[Рр]еспублик[аиеу]\\h+[А-ЯЁ][а-яё]+"
			+ "|Российской\\h+Федерации|[А-ЯЁ][а-яё]+(?:ской|цкой)\\h+Республики"
			+ "|[А-ЯЁ][а-яё]+(?:ого|ой)(?=\\h+[а-яё]+(?:ия|ии|ы|а|и)(?![\\p{L}]))";

	/**
	 * The region a territorial body serves («по Свердловской области»), which ends its
	 * name.
	 */
	private static final String REGION_RU = "(?:\\h+по\\h+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[уе]\\h+и\\h+)?(?:[А-ЯЁ][а-яё]+(?:ской|цкой)\\h+(?:области|краю)|[А-ЯЁ][а-яё]+ому\\h+краю))?";

	/**
	 * A dative adjective and noun after «по» and its noun («по противодействию
	 * незаконному обороту наркотиков»): the object of the body's task, part of its name.
	 */
	private static final String DATIVE_OBJECT_RU = "(?:\\h+[а-яё]+(?:ому|ему)\\h+[а-яё]+[ую](?![\\p{L}]))?";

	/**
	 * «и» before a plural word for other bodies or staff («… службы и органов
	 * прокуратуры», «… и сотрудников полиции») lists a further body, which is not part of
	 * the name.
	 */
	private static final String NOT_ANOTHER_BODY_RU = "(?!и\\h+(?:органов|органы|подразделений|служб|ведомств|сотрудников"
			+ "|структур|представителей|других|иных)(?![\\p{L}]))";

	/**
	 * A body's head word in the genitive inside a longer name, which continues it with
	 * its own complement («Управление … Департамента полиции города X»).
	 */
	private static final String INNER_HEAD_RU = "(?:Департамента|Управления|Министерства|Комитета|Агентства|Службы|Штаба)"
			+ "(?=\\h+[а-яё])";

	private static final String NOT_IN_NAME_RU = "(?!в\\h+(?:январ|феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр"
			+ "|ноябр|декабр|прошл|этом|ходе|течение|рамках|начале|конце|середине|среду|понедельник|вторник|четверг"
			+ "|пятниц|субботу|воскресенье|районе|зоне|направлении)[а-яё]*(?![\\p{L}]))";

	private static final Pattern RUSSIAN_NAMED = Pattern.compile(
			"(?<![\\p{L}])(?<name>(?=[А-ЯЁ]|прокуратур[а-яё]{0,2}\\h+[А-ЯЁ])(?:(?<adjective>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ый|ий|ой|ая|ое|ые|ого|его|ому|ым|ыми|ых|ую|ем|ом))\\h+"
					+ SECOND_ADJECTIVE_RU + ")?"
					+ "(?<head>(?:[Кк]омитет|[Сс]лужб|[Сс]обрани|[Аа]гентств|[Цц]ентр|[Сс]овет|[Мм]инистерств|[Уу]правлени|[Шш]таб|[Дд]епартамент"
					+ "|[Сс]ил[аы]?|[Вв]ойск|[Аа]ссамбле|[Аа]кадеми|[Пп]алат|[Ии]нститут|[Пп]рокуратур|(?<=[а-яё]\\h)(?:бюро|банк|таможн|групп)|Дум|(?<=[а-яё]\\h)(?:суд|отряд)|Мажилис|Жогорку\\h+Кенеш|Олий\\h+Мажлис)[а-яё]{0,3}|(?:Г?У[А-ЯЁ]{1,4}\\h+(?=МВД\\h))?(?:МИД|МВД|МЧС|ГКНБ|ГУВД|УВД|Минобороны|Совбез[аеу]?|УФСБ|УМВД|ГУ\\h+МВД)(?=\\h+[А-ЯЁ][а-яё]+(?:си|ии|ана|а)(?![\\p{L}])|\\h+[А-ЯЁ][а-яё]+(?:ской|цкой)\\h+Республики)|(?:УФСБ|УМВД|ГУ\\h+МВД)(?=\\h+по\\h+[А-ЯЁ]))(?:\\h+(?:при\\h+[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+[сц]к(?:ой|ого)(?=\\h+[а-яё])|"
					+ "(?![А-ЯЁ][а-яё]+[сц]к(?:ой|ого)\\h)[А-ЯЁ][а-яё]+(?:ой|ого)\\h+[А-ЯЁ][а-яё]+(?:ы|и)|[А-ЯЁ][а-яё]+(?:ы|и)(?=\\h+(?:по|при)\\h)|"
					+ OTHER_COMPLEMENT_RU + "|" + INNER_HEAD_RU + "|" + GENITIVE_WORD_RU + "|[А-ЯЁ]{2,8}|"
					+ NOT_IN_NAME_RU + NOT_ANOTHER_BODY_RU
					+ "(?:по|и|за|в|с)\\h+(?:[а-яё]+(?:ой|ым|ому|им|ей)\\h+)?[а-яё]+" + DATIVE_OBJECT_RU
					+ ")(?![\\p{L}])){0,7}(?:\\h+[А-ЯЁ][а-яё]+(?:си|ии|ана|ы|а)(?!\\h+[А-ЯЁ][а-яё]+(?:ова|ева|ина|ая)(?![а-яё])))?"
					+ REGION_RU + ")(?![\\p{L}])");

	private static final int ENGLISH_NAME = NamedGroups.index(ENGLISH, "name");

	private static final int ENGLISH_ACRONYM = NamedGroups.index(ENGLISH, "acronym");

	private static final int RUSSIAN_NAME = NamedGroups.index(RUSSIAN, "name");

	private static final int RUSSIAN_ACRONYM = NamedGroups.index(RUSSIAN, "acronym");

	private static final int RUSSIAN_NAMED_NAME = NamedGroups.index(RUSSIAN_NAMED, "name");

	private static final int RUSSIAN_NAMED_ADJECTIVE = NamedGroups.index(RUSSIAN_NAMED, "adjective");

	private static final int RUSSIAN_NAMED_HEAD = NamedGroups.index(RUSSIAN_NAMED, "head");

	private static final Pattern NOMINATIVE_ADJECTIVE = Pattern.compile("(?:ый|ий|ая|ое|ые)$");

	private static final Set<String> FORCES_HEADS = Set.of("сила", "силы", "сил", "силам", "силами", "силах");

	private static final Set<String> NOMINATIVE_HEADS = Set.of("комитет", "служба", "агентство", "центр", "совет",
			"министерство", "управление", "собрание", "штаб", "департамент", "сила", "силы", "войска", "ассамблея",
			"академия", "дума", "суд", "отряд", "палата", "бюро", "банк", "институт", "таможня", "группа",
			"прокуратура");

	private static final Pattern RUSSIAN_HEAD = Pattern.compile(
			"(?:комитет|служб|собрани|агентств|центр|совет|министерств|управлени|штаб|организаци|союз|движени|парти|фронт|бюро|палат|банк)");

	private NamedOrganizationPattern() {
	}

	static List<Occurrence> findNew(String text, List<Occurrence> known) {
		List<Occurrence> found = new ArrayList<>();
		Map<String, EntityRef> longerForms = new HashMap<>();
		KnownNearby nearby = new KnownNearby(text, known);
		for (MatchResult english : WordStartMatches.of(ENGLISH, text, mayBeginEnglishName(text))) {
			Checkpoints.check();
			String matched = english.group(ENGLISH_NAME);
			int lead = compoundAdjectiveLength(matched);
			int start = english.start(ENGLISH_NAME) + lead;
			String name = withFieldOfficeCity(text, start, withHyphenatedTail(text, start, cutAtKnown(text, start,
					matched.substring(lead), nearby.startingIn(start, english.end(ENGLISH_NAME)))));
			boolean headed = name.indexOf(' ') > 0 && HEAD_WORD_EN.matcher(name).find();
			boolean named = headed || PARLIAMENT.matcher(name).matches();
			if (named && !endsWithKnownOrganization(start, name, nearby)) {
				addUnlessKnown(found, longerForms, nearby, start, name,
						newOrganization(name, english.group(ENGLISH_ACRONYM)), text);
			}
		}
		for (MatchResult russian : WordStartMatches.of(RUSSIAN, text)) {
			Checkpoints.check();
			if (RUSSIAN_HEAD.matcher(russian.group(RUSSIAN_NAME).toLowerCase()).find()) {
				addUnlessKnown(found, longerForms, nearby, russian.start(RUSSIAN_NAME), russian.group(RUSSIAN_NAME),
						newOrganization(russian.group(RUSSIAN_NAME), russian.group(RUSSIAN_ACRONYM)));
			}
		}
		for (MatchResult russian : WordStartMatches.of(RUSSIAN_NAMED, text)) {
			Checkpoints.check();
			int start = agrees(russian) ? russian.start(RUSSIAN_NAMED_NAME) : russian.start(RUSSIAN_NAMED_HEAD);
			int end = RussianNameFragments.withJoinedRegion(text, fieldsEnd(text, russian));
			if (isBareForces(russian) || continuesWithMembers(text, end) || continuesWithGoverned(text, end)
					|| isBarePrepositional(russian) || RussianNameFragments.isCutShort(text, start, end)) {
				continue;
			}
			String written = cutAtKnown(text, start, text.substring(start, end), nearby.startingIn(start, end));
			boolean named = written.indexOf(' ') > 0 || PARLIAMENT.matcher(written).matches();
			if (named && startsLikeAName(written) && !isHeadBeforeKnownName(start, written, nearby)) {
				String nominative = capitalized(RussianOrganizationNominative.of(written));
				String shortForm = nominative.startsWith(SECURITY_COUNCIL_SHORT) ? nominative
						: acronymHead(russian.group(RUSSIAN_NAMED_HEAD));
				addUnlessKnown(found, longerForms, nearby, start, written,
						newOrganization(fullSecurityCouncilName(nominative), shortForm));
			}
		}
		return found;
	}

	/**
	 * Where an English name can begin: at a head word, an opening head or a parliament's
	 * name ({@link #HEAD_OR_PARLIAMENT_EN}), or before one with only letters,
	 * apostrophes, hyphens and horizontal spaces between, since the words before a head
	 * are made of nothing else. Saves trying the name at every capitalized word.
	 */
	private static IntPredicate mayBeginEnglishName(String text) {
		MatchOpenings openings = MatchOpenings.of(HEAD_OR_PARLIAMENT_EN);
		Matcher head = HEAD_OR_PARLIAMENT_EN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int[] headAhead = new int[text.length()];
		int next = -1;
		for (int offset = text.length() - 1; offset >= 0; offset--) {
			Checkpoints.check(offset);
			char c = text.charAt(offset);
			boolean letterStart = Character.isLetter(c)
					&& (offset == 0 || !Character.isLetter(text.charAt(offset - 1)));
			if (letterStart && openings.mayOpenInTextAt(text, offset, text.length())
					&& head.region(offset, text.length()).lookingAt()) {
				next = offset;
			}
			else if (!mayPrecedeHead(c)) {
				next = -1;
			}
			headAhead[offset] = next;
		}
		return (offset) -> headAhead[offset] >= 0;
	}

	/**
	 * Whether a character may stand in an English name before its head: a letter (or half
	 * of one written as a surrogate pair), an apostrophe, a hyphen or a horizontal space.
	 */
	private static boolean mayPrecedeHead(char c) {
		return Character.isLetter(c) || Character.isSurrogate(c) || c == '’' || c == '\'' || c == '-' || c == ' '
				|| c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E' || (c >= '\u2000' && c <= '\u200A')
				|| c == '\u202F' || c == '\u205F' || c == '\u3000';
	}

	/**
	 * Where a Russian name ends, past the fields of a ministry listed with commas
	 * («Министерство труда, социального обеспечения и миграции»): a pattern of ministry
	 * names in the region, whose fields all belong to the one name.
	 */
	private static int fieldsEnd(String text, MatchResult russian) {
		int end = officeEnd(text, russian);
		boolean ministry = russian.group(RUSSIAN_NAMED_HEAD).regionMatches(true, 0, "министерств", 0, 11);
		if (!ministry || end >= text.length() || text.charAt(end) != ',') {
			return end;
		}
		Matcher fields = FIELDS_RU.matcher(text).region(end, text.length());
		return fields.lookingAt() ? fields.end() : end;
	}

	/**
	 * Where a Russian name ends, past the city of an international body's field office
	 * («Центр программ ОБСЕ в Бишкеке»): «в» and a capitalized city after the parent's
	 * acronym belong to a centre's or office's name.
	 */
	private static int officeEnd(String text, MatchResult russian) {
		int end = russian.end(RUSSIAN_NAMED_NAME);
		String head = russian.group(RUSSIAN_NAMED_HEAD).toLowerCase(Locale.ROOT);
		boolean office = head.startsWith("центр") || head.equals("бюро");
		if (!office || end < 2 || !Character.isUpperCase(text.charAt(end - 1))
				|| !Character.isUpperCase(text.charAt(end - 2))) {
			return end;
		}
		Matcher city = FIELD_OFFICE_CITY.matcher(text).region(end, text.length());
		return city.lookingAt() ? city.end() : end;
	}

	/**
	 * Whether a Russian name starts as a body's name does: with a capital, or with
	 * «прокуратура», written in lower case before the region or country it serves
	 * («прокуратуры Андижанской области»).
	 */
	private static boolean startsLikeAName(String written) {
		return Character.isUpperCase(written.charAt(0)) || written.startsWith("прокуратур");
	}

	/**
	 * A security council named by its colloquial short form («Совбез Беларуси») under its
	 * full name («Совет безопасности Беларуси»), the short form kept as an alias.
	 */
	private static String fullSecurityCouncilName(String nominative) {
		if (!nominative.startsWith(SECURITY_COUNCIL_SHORT)) {
			return nominative;
		}
		return "Совет безопасности " + nominative.substring(SECURITY_COUNCIL_SHORT.length());
	}

	private static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * The name with the rest of a hyphenated capitalized word it stops inside ("… Office
	 * of Counter" + "-Terrorism"), which the name's word pattern does not read.
	 */
	private static String withHyphenatedTail(String text, int start, String name) {
		int end = start + name.length();
		if (end + 1 >= text.length() || text.charAt(end) != '-' || !Character.isUpperCase(text.charAt(end + 1))) {
			return name;
		}
		int tail = wordEnd(text, end + 1);
		Matcher next = NEXT_CAPITALIZED_WORD.matcher(text);
		for (int words = 0; words < MAX_TAIL_WORDS && next.region(tail, text.length()).lookingAt(); words++) {
			tail = next.end();
		}
		return text.substring(start, tail);
	}

	/**
	 * The name with the city of an international body's field office ("OSCE Programme
	 * Office" + " in Bishkek"): a name that opens with its parent's acronym and ends in
	 * "Office" takes "in" and the capitalized city after it, as its Russian form does
	 * («Центр программ ОБСЕ в Бишкеке»).
	 */
	static String withFieldOfficeCity(String text, int start, String name) {
		int end = start + name.length();
		if (!name.endsWith(" Office") || !text.startsWith(" in ", end) || !opensWithAcronym(name)) {
			return name;
		}
		Matcher city = FIELD_OFFICE_CITY_EN.matcher(text).region(end, text.length());
		return city.lookingAt() ? text.substring(start, city.end()) : name;
	}

	private static boolean opensWithAcronym(String name) {
		int space = name.indexOf(' ');
		return space >= 2 && name.substring(0, space).chars().allMatch(Character::isUpperCase);
	}

	private static int wordEnd(String text, int from) {
		int end = from;
		while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
			end++;
		}
		return end;
	}

	/**
	 * The length of a compound adjective opening the matched name ("Moscow-based " in
	 * "Moscow-based Center for …"), zero when there is none.
	 */
	private static int compoundAdjectiveLength(String matched) {
		int hyphen = matched.indexOf('-');
		int space = matched.indexOf(' ');
		if (hyphen < 0 || space < hyphen) {
			return 0;
		}
		Matcher adjective = COMPOUND_ADJECTIVE.matcher(matched);
		return adjective.lookingAt() ? adjective.end() : 0;
	}

	/**
	 * Whether the name is only an adjective in the prepositional and its head («в
	 * Объединенном штабе»): the short form of a body named in full elsewhere, which names
	 * nothing new until a complement or a second adjective says whose body it is («в
	 * Национальном банке Киргизии», «в Северо-Западном таможенном управлении»).
	 */
	private static boolean isBarePrepositional(MatchResult russian) {
		String adjective = russian.group(RUSSIAN_NAMED_ADJECTIVE);
		return adjective != null && adjective.endsWith("ом")
				&& russian.end(RUSSIAN_NAMED_HEAD) == russian.end(RUSSIAN_NAMED_NAME)
				&& russian.start(RUSSIAN_NAMED_HEAD) == russian.end(RUSSIAN_NAMED_ADJECTIVE) + 1;
	}

	/**
	 * Whether the phrase goes on past the match with the members of the body it names
	 * («Межпарламентской ассамблеи государств — участников СНГ»): the name stops inside
	 * the phrase, so it is only a fragment.
	 */
	private static boolean continuesWithMembers(String text, int end) {
		return MEMBERS_AFTER.matcher(text).region(end, Math.min(text.length(), end + MEMBERS_LOOK_AHEAD)).lookingAt();
	}

	/**
	 * Whether the phrase goes on past the match with a capitalized word the name's last
	 * word governs («Совета командующих Пограничными войсками»): the name is cut short.
	 */
	private static boolean continuesWithGoverned(String text, int end) {
		return GOVERNED_AFTER.matcher(text).region(end, text.length()).lookingAt();
	}

	/**
	 * Whether a name is only words put before a known organization's full name ("the
	 * Russian-led Collective Security Treaty Organization"): the known body, not a new
	 * one.
	 */
	private static boolean endsWithKnownOrganization(int start, String name, KnownNearby known) {
		Span span = new Span(start, start + name.length());
		for (Occurrence occurrence : known.overlapping(span)) {
			boolean organization = occurrence.entity().type() == EntityType.ORGANIZATION;
			if (organization && occurrence.span().end() == span.end() && occurrence.span().start() > span.start()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a Russian name is only its head word before a known organization's full
	 * name («Управлении Федеральной службы безопасности»): an office of the known body
	 * named by the body's own name, not a new one. An acronym after the head («Ассамблея
	 * ОДКБ») does not count: there the head names a body of its own.
	 */
	private static boolean isHeadBeforeKnownName(int start, String written, KnownNearby known) {
		int headEnd = written.indexOf(' ');
		Span span = new Span(start, start + written.length());
		for (Occurrence occurrence : known.overlapping(span)) {
			Span part = occurrence.span();
			boolean organization = occurrence.entity().type() == EntityType.ORGANIZATION;
			if (organization && part.end() == span.end() && part.start() == start + headEnd + 1
					&& written.indexOf(' ', headEnd + 1) > 0 && !isAcronym(occurrence)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a capitalized adjective before the head word can belong to it: an adjective
	 * in the nominative goes with a head in the nominative only, so a participle opening
	 * the sentence («Подготовленный Службой внешней разведки обзор») is not part of the
	 * name.
	 */
	private static boolean agrees(MatchResult russian) {
		String adjective = russian.group(RUSSIAN_NAMED_ADJECTIVE);
		if (adjective == null || !NOMINATIVE_ADJECTIVE.matcher(adjective).find()) {
			return true;
		}
		return NOMINATIVE_HEADS.contains(russian.group(RUSSIAN_NAMED_HEAD).toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the name is only an adjective and a word for forces or troops
	 * («Коллективные силы», «Вооруженные силы»): a common phrase, which names no body
	 * until something after it says whose forces they are.
	 */
	private static boolean isBareForces(MatchResult russian) {
		String head = russian.group(RUSSIAN_NAMED_HEAD).toLowerCase(Locale.ROOT);
		return FORCES_HEADS.contains(head) && russian.end(RUSSIAN_NAMED_HEAD) == russian.end(RUSSIAN_NAMED_NAME);
	}

	private static String withoutTrailingConnector(String name) {
		return name.replaceAll("(?:\\h+(?:of|for|on|against|to|in|and|the|по|и|за|в|при))+$", "");
	}

	/**
	 * Adds a new organization unless a known entity or an earlier find already covers
	 * part of it; known places and organizations standing wholly inside its name
	 * ("Security Council of Kyrgyzstan", "OSCE Ministerial Council") do not stop it. A
	 * name that begins an earlier find's name ("the Drug Control Agency" after "the Drug
	 * Control Agency of Tajikistan") is that organization, looked up by the word prefixes
	 * of the names found so far.
	 */
	private static void addUnlessKnown(List<Occurrence> found, Map<String, EntityRef> longerForms, KnownNearby known,
			int start, String written, EntityRef entity) {
		addUnlessKnown(found, longerForms, known, start, written, entity, null);
	}

	/**
	 * Adds a new English organization as {@link #addUnlessKnown} does, a known name that
	 * opens it aside ({@link #opensLongerName}).
	 */
	private static void addUnlessKnown(List<Occurrence> found, Map<String, EntityRef> longerForms, KnownNearby known,
			int start, String written, EntityRef entity, @Nullable String englishText) {
		Span span = new Span(start, start + written.length());
		List<Occurrence> overlapping = known.overlapping(span);
		boolean blocked = englishText != null ? isBlockedEnglish(englishText, span, overlapping)
				: isBlocked(span, overlapping);
		if (blocked || Occurrences.overlapsAny(span, found) || known.isShortFormOfOrganization(written)
				|| known.isNamedWithoutItsParent(written)) {
			return;
		}
		String key = AliasKey.of(entity.name());
		EntityRef named = longerForms.getOrDefault(key, entity);
		found.add(new Occurrence(named, span, 0.6, null));
		if (named != entity) {
			return;
		}
		for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
			longerForms.putIfAbsent(key.substring(0, space), entity);
		}
	}

	/**
	 * The known occurrences of an item, ordered by where they start, so that a match asks
	 * only about those near it, and the keys of the organizations among them.
	 */
	private static final class KnownNearby {

		private final List<Occurrence> known;

		private final Integer[] byStart;

		private final Set<String> organizationKeys = new LinkedHashSet<>();

		private int longest;

		private final List<String[]> parentlessForms = new ArrayList<>();

		KnownNearby(String text, List<Occurrence> known) {
			this.known = known;
			this.byStart = new Integer[known.size()];
			for (int i = 0; i < known.size(); i++) {
				this.byStart[i] = i;
				Occurrence occurrence = known.get(i);
				this.longest = Math.max(this.longest, occurrence.length());
				if (occurrence.entity().type() == EntityType.ORGANIZATION) {
					this.organizationKeys.add(AliasKey.of(occurrence.entity().name()));
					String[] parentless = RussianNameFragments.withoutParentAcronym(text, occurrence.span());
					if (parentless != null) {
						this.parentlessForms.add(parentless);
					}
				}
			}
			Arrays.sort(this.byStart, Comparator.comparingInt((Integer i) -> known.get(i).span().start()));
		}

		/**
		 * The occurrences starting from {@code from} to before {@code to}, in item order.
		 */
		List<Occurrence> startingIn(int from, int to) {
			List<Integer> indexes = new ArrayList<>();
			for (int i = firstStartingAt(from); i < this.byStart.length; i++) {
				if (this.known.get(this.byStart[i]).span().start() >= to) {
					break;
				}
				indexes.add(this.byStart[i]);
			}
			indexes.sort(null);
			List<Occurrence> occurrences = new ArrayList<>(indexes.size());
			for (int index : indexes) {
				occurrences.add(this.known.get(index));
			}
			return occurrences;
		}

		/** The occurrences that may overlap the span, in item order. */
		List<Occurrence> overlapping(Span span) {
			return startingIn(span.start() - this.longest, span.end());
		}

		/**
		 * Whether a name is the tail of a known organization's name written in the same
		 * item ("the Joint Staff" after "the CSTO Joint Staff"): a back-reference, not a
		 * new body.
		 */
		boolean isShortFormOfOrganization(String written) {
			String tail = " " + AliasKey.of(written);
			for (String key : this.organizationKeys) {
				if (key.endsWith(tail)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether a name is a known organization's name written in the same item without
		 * the parent's acronym that ends it («Объединенный штаб» after «Объединенный штаб
		 * ОДКБ», «Антитеррористического центра» after «Антитеррористическим центром
		 * СНГ»): a back-reference, not a new body. Words are compared by their stems, so
		 * the cases may differ.
		 */
		boolean isNamedWithoutItsParent(String written) {
			for (String[] words : this.parentlessForms) {
				if (RussianNameFragments.sameWords(words, written)) {
					return true;
				}
			}
			return false;
		}

		private int firstStartingAt(int offset) {
			int low = 0;
			int high = this.byStart.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.known.get(this.byStart[middle]).span().start() < offset) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low;
		}

	}

	/**
	 * The longest start of a matched name that no known entity cuts into, without a
	 * dangling connector, a trailing "of the" + known organization ("… for Combating
	 * Illegal Migration of the CSTO" names the council, the CSTO is a mention of its own)
	 * or a trailing "in" + known place ("Institute for Strategic Studies in Tashkent":
	 * the city is where it sits).
	 */
	static String cutAtKnown(String text, int start, String written, List<Occurrence> known) {
		int end = start + written.length();
		for (Occurrence occurrence : known) {
			Span part = occurrence.span();
			boolean cuts = part.start() > start && part.start() < end
					&& (!isContainedPart(occurrence, new Span(start, end))
							|| isTrailingOrganization(text, start, occurrence, end));
			if (cuts) {
				end = part.start();
			}
		}
		return withoutTrailingConnector(text.substring(start, end).strip());
	}

	private static boolean isTrailingOrganization(String text, int start, Occurrence occurrence, int end) {
		if (occurrence.span().end() > end) {
			return false;
		}
		String before = text.substring(start, occurrence.span().start());
		return switch (occurrence.entity().type()) {
			case ORGANIZATION -> before.matches("(?s).*\\h(?:of|of\\h+the)\\h+$");
			case PLACE -> before.endsWith(" in ");
			default -> false;
		};
	}

	private static boolean isBlocked(Span span, List<Occurrence> known) {
		for (Occurrence occurrence : known) {
			if (occurrence.overlaps(span) && !isContainedPart(occurrence, span)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an English name is blocked by a known entity, one that opens a longer name
	 * aside.
	 */
	private static boolean isBlockedEnglish(String text, Span span, List<Occurrence> known) {
		for (Occurrence occurrence : known) {
			if (occurrence.overlaps(span) && !isContainedPart(occurrence, span)
					&& !opensLongerName(text, occurrence, span)) {
				return true;
			}
		}
		return false;
	}

	static boolean isContainedPart(Occurrence occurrence, Span span) {
		Span part = occurrence.span();
		return isInside(occurrence, span) && (part.start() > span.start() || isAcronym(occurrence));
	}

	/**
	 * Whether a known place or organization stands wholly inside a new organization's
	 * name, at its start too: the new name is the mention, the part none of its own.
	 */
	static boolean isInside(Occurrence occurrence, Span span) {
		EntityType type = occurrence.entity().type();
		boolean partType = type == EntityType.PLACE || type == EntityType.ORGANIZATION;
		Span part = occurrence.span();
		boolean strictlyInside = part.start() >= span.start() && part.end() <= span.end()
				&& part.end() - part.start() < span.end() - span.start();
		return partType && strictlyInside;
	}

	/**
	 * Whether a known name opens a longer English name that wins over it: a place before
	 * the body's own words ("Astana Strategic Studies Group", "Paris Pact Initiative"),
	 * or an organization's full name before a head word that opens a body of its own
	 * ("United Nations Office on Drugs and Crime"). A possessive ("Russia's Foreign
	 * Ministry") keeps the place.
	 */
	private static boolean opensLongerName(String text, Occurrence occurrence, Span span) {
		Span part = occurrence.span();
		if (part.start() != span.start() || !isInside(occurrence, span) || text.charAt(part.end()) != ' ') {
			return false;
		}
		if (occurrence.entity().type() == EntityType.PLACE) {
			return true;
		}
		return !isAcronym(occurrence) && OPENING_HEAD.matcher(text).region(part.end() + 1, span.end()).lookingAt();
	}

	private static boolean isAcronym(Occurrence occurrence) {
		String name = occurrence.entity().name();
		boolean shortSurface = occurrence.span().end() - occurrence.span().start() <= name.length();
		return name.equals(name.toUpperCase(java.util.Locale.ROOT)) && shortSurface;
	}

	/**
	 * The head word when it is an acronym («ГКНБ Киргизии»), kept as an alias so that a
	 * later «ГКНБ» alone is the same body.
	 */
	private static @Nullable String acronymHead(String head) {
		return head.length() > 1 && head.equals(head.toUpperCase(Locale.ROOT)) ? head : null;
	}

	private static EntityRef newOrganization(String written, @Nullable String acronym) {
		String name = AliasKey.latin(written);
		List<String> aliases = new ArrayList<>();
		if (!name.equals(written)) {
			aliases.add(written);
		}
		if (acronym != null) {
			aliases.add(acronym);
		}
		return new EntityRef(EntityType.ORGANIZATION, null, name, aliases, null);
	}

}
