package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes people by the title written before their name:
 * {@code [ORG] [NATIONALITY] TITLE Firstname
 * Lastname} ("the CSTO Secretary General Imangali Tasmagambetov", "Armenian Foreign
 * Minister Ararat Mirzoyan", "Head of the CSTO CMFA, Minister of Foreign Affairs Sergey
 * Lavrov", "Col. Gen. Ivan Petrov", "министр иностранных дел Армении Арарат Мирзоян").
 * Gives the role of known officials and finds titled people the knowledge base does not
 * know.
 */
final class TitledPersonPattern {

	/**
	 * Words that open a sentence, and the roles of people at a meeting or on a programme
	 * written before a name with a capital ("Host Marat Imankulov, secretary of …",
	 * "Moderator Anna Kim, a senior fellow …"): never a first name.
	 */
	private static final String NOT_A_FIRST_NAME = "(?:The|A|An|In|On|At|As|By|For|With|From|And|But|Yesterday|Today|Earlier"
			+ "|Later|Meanwhile|After|Before|During|Speaking|According|Last|This|Next|" + PresenterRoles.LABELS
			+ "|Organi[sz]er|Facilitator|Rapporteur|Panel+ist|Keynote|Guest|Interviewee)";

	private static final String PREFIX_WORD_EN = "(?!(?:The|A|An|In|On|At|As|By|For|With|From|And|But|Yesterday|Today|Earlier|Later|Meanwhile)\\h)"
			+ "(?:U\\.S\\.|U\\.N\\.|\\p{Lu}[\\p{L}’'-]*)";

	private static final String TITLE_EN = "(?:(?:First\\h+)?(?:Deputy|Vice|Acting|Former|former|deputy|acting)\\h+)?"
			+ "(?:Secretary[- ]General|Secretary\\h+of\\h+State|Foreign\\h+Minister|Defen[cs]e\\h+Minister|Interior\\h+Minister"
			+ "|Prime\\h+Minister|Minister|President|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|Chair|Head|head|[Dd]irector(?:[- ]General)?"
			+ "|Commander(?:-in-Chief)?|Chief\\h+of\\h+(?:the\\h+)?(?:General|Joint)\\h+Staff|Chief"
			+ "|Ambassador(?:\\h+Extraordinary\\h+and\\h+Plenipotentiary)?|[Ss]pokes(?:man|woman|person)"
			+ "|[Ss]ecretary|Speaker|Toraga|(?:delegation|deputies|lawmakers|MPs|group)\\h+led\\h+by|(?:Special\\h+)?(?:Envoy|Representative)|(?:[Pp]ermanent\\h+)?representative|[Rr]esearcher|[Ss]pecialist|[Ee]xpert|[Cc]ounterpart|Col\\.\\h?Gen\\.|Lt\\.\\h?Gen\\.|Maj\\.\\h?Gen\\.|Gen\\.|Col\\.|Colonel\\h+General"
			+ "|Lieutenant\\h+General|Major\\h+General|General|Lieutenant\\h+Colonel|Lt\\.\\h?Col\\.|Colonel|Admiral|Adm\\."
			+ "|Major|Maj\\.|Captain|Capt\\.|[Dd]eputy|[Ll]awmaker|MP|Governor|governor|Mayor|mayor|Senator|senator"
			+ "|(?:[Pp]olitical\\h+)?[Aa]nalyst|(?:[Ss]enior\\h+)?[Aa]dvis[eo]r|[Ll]awyer|[Aa]ttorney"
			+ "|[Ee]conomist|[Ss]ociologist|[Pp]olitical\\h+scientist|[Pp]rofessor|[Ii]nstructor|[Tt]rainer"
			+ "|(?:[Ss]enior|[Rr]esearch)\\h+[Ff]ellow|envoy)";

	private static final String COMPLEMENT_WORD_EN = "(?:U\\.S\\.|\\p{Lu}[\\p{L}’'.-]*)";

	private static final String INSTITUTION_EN = "(?:centre|center|committee|ministry|service|department|directorate"
			+ "|agency|council|commission|office|organi[sz]ation)";

	private static final String COMPLEMENT_EN = "(?:\\h+of\\h+the\\h+" + INSTITUTION_EN + "(?=\\h+\\p{Lu}\\p{Ll})"
			+ "|\\h+(?:of|for)\\h+(?:the\\h+)?" + COMPLEMENT_WORD_EN + "(?:\\h+(?:(?:of|for|the|to|in|on)\\h+){0,2}"
			+ COMPLEMENT_WORD_EN + "){0,5}" + "(?:\\h+and\\h+" + COMPLEMENT_WORD_EN + "(?:\\h+" + COMPLEMENT_WORD_EN
			+ ")?(?=,))?)?";

	private static final String ONE_ROLE_EN = "(?:" + PREFIX_WORD_EN + "\\h+){0,3}" + TITLE_EN + COMPLEMENT_EN;

	private static final String ROLE_EN = ONE_ROLE_EN + "(?:,\\h+" + ONE_ROLE_EN + ")?";

	private static final String TITLE_RU = "(?:[Гг]енеральн[а-яё]{1,3}\\h+секретар[а-яё]{1,2}|[Гг]енсек[а-яё]{0,2}"
			+ "|[Зз]аместител[а-яё]{1,2}\\h+[а-яё]+(?:\\h+[а-яё]+)?"
			+ "|[Мм]инистр[а-яё]{0,2}(?:\\h+(?:иностранных\\h+дел|обороны|внутренних\\h+дел|по\\h+чрезвычайным\\h+ситуациям))?"
			+ "|[Гг]лав[а-яё]{1,2}(?:\\h+(?:МИД|Минобороны|МВД))?|[Пп]резидент[а-яё]{0,2}|[Пп]ремьер-министр[а-яё]{0,2}|[Вв]ице-премьер[а-яё]{0,2}"
			+ "|[Пп]редседател[а-яё]{1,2}|[Сс]екретар[а-яё]{1,2}(?:\\h+[Сс]овета\\h+безопасности|\\h+[Сс]овбеза)?"
			+ "|[Дд]иректор[а-яё]{0,2}|[Кк]омандующ[а-яё]{2,3}"
			+ "|[Нн]ачальник[а-яё]{0,2}(?:\\h+[Гг]енерального\\h+штаба|\\h+[Оо]бъединенного\\h+штаба)?|[Пп]ос(?:ол|л[а-яё]{1,2})"
			+ "|[Оо]фициальн[а-яё]{2,3}\\h+представител[а-яё]{1,2}|генерал-(?:полковник|лейтенант|майор)[а-яё]{0,2}"
			+ "|генерал[а-яё]{0,2}|(?:[Пп]одп|[Пп])олковник[а-яё]{0,2}|[Мм]айор[а-яё]{0,2}|[Кк]апитан[а-яё]{0,2}"
			+ "|(?:[Сс]тарш[а-яё]{2,3}\\h+)?[Лл]ейтенант[а-яё]{0,2}|[Дд]епутат[а-яё]{0,2}|[Пп]редставител[а-яё]{1,2}"
			+ "|[Гг]убернатор[а-яё]{0,2}|[Рр]уководител[а-яё]{1,2}|[Пп]олпред[а-яё]{0,2}|[Кк]оллег[а-яё]{0,2}|[Ээ]ксперт[а-яё]{0,2}|[Сс]енатор[а-яё]{0,2}|[Мм]эр[а-яё]{0,2}|[Пп]олитолог[а-яё]{0,2}"
			+ "|[Дд]оцент[а-яё]{0,2}|[Пп]рофессор[а-яё]{0,2}|[Аа]двокат[а-яё]{0,2}|[Юю]рист[а-яё]{0,2}|[Пп]равозащитни(?:к|ц)[а-яё]{0,2}"
			+ "|[Чч]лен[а-яё]{0,2}(?=\\h+[А-ЯЁ]))";

	private static final String ADJECTIVE_RU = "(?:[а-яё]+(?:ский|ская|ского|скому|ским|цкий|цкого)\\h+)?";

	private static final String COMPLEMENT_RU = "(?:\\h+(?:[Рр]еспублик[аиеу]\\h+[А-ЯЁ][а-яё]+(?=\\h+[А-ЯЁ])|(?:Олий|Жогорку|Милли|Маджлиси)\\h+[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,}|[А-ЯЁ][а-яё-]+(?:ии|ая|ой|ого|ы|а|и|е)"
			+ "|(?:при|в|по)\\h+[А-ЯЁ][а-яё-]+|от\\h+(?:[а-яё]+(?:ой|ей)\\h+)?(?:партии|фракции|блока|движения)\\h+«[^«»\\n]{2,40}»|(?:и|из)(?=\\h+[а-яё]+(?:ых|их)\\h)|по\\h+[а-яё]+(?:е|и|ю|ой|ам|ым)(?=\\h+[а-яёА-ЯЁ])|дел"
			+ "|[а-яё][а-яё-]*(?:ого|его|ой|ей|ых|их|ия|ии|ний|ства|а|я|ы|и)(?=\\h+[а-яёА-ЯЁ«])|[а-яё]{3,}(?=\\h+[А-ЯЁ]{2,}(?![а-яё]))"
			+ "|«[А-ЯЁ][^«»\\n]{1,40}»(?=\\h+[А-ЯЁ])))*";

	private static final String ONE_ROLE_RU = ADJECTIVE_RU + TITLE_RU + COMPLEMENT_RU;

	private static final String ROLE_RU = ONE_ROLE_RU + "(?:,?\\h+" + ONE_ROLE_RU + ")?";

	private static final String NAME_EN = "(?:(?:\\p{Lu}\\.\\h?){1,2}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
			+ "|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\h+\\p{Lu}\\p{Ll}?\\.)?(?:\\h+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2})";

	private static final String NAME_RU = "(?:(?![А-ЯЁ][а-яё]*(?:[сц]к|нн|н)(?:ой|ого|ых|ому)(?![а-яё]))[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\\h+[А-ЯЁ][а-яё]+(?:вич|вна|ична|вича|вичу|вичем|вны))?\\h+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)";

	private static final Pattern TITLE = Pattern.compile("(?:" + TITLE_EN + "|" + TITLE_RU + ")");

	private static final int TITLE_LEAD = 80;

	private static final int NAME_TAIL = 120;

	private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("(?<role>" + ROLE_EN + "|" + ROLE_RU + "),?\\h+$");

	private static final Pattern ROLE_AFTER_NAME = Pattern.compile(
			"^,\\h+(?:the\\h+|then\\h+|now\\h+|former\\h+)?(?<role>" + ROLE_EN + "|" + ROLE_RU + ")(?=,|\\.|\\h*$)");

	private static final String RETIRED = "(?:\\h+\\((?:ret\\.|retd\\.|retired|в\\h+отставке)\\))?";

	/**
	 * A Russian title's retirement or reserve status, written without brackets
	 * («генерал-лейтенант в отставке», «полковник запаса»).
	 */
	private static final String RETIRED_RU = "(?:\\h+(?:в\\h+отставке|запаса))?";

	private static final Pattern TITLED_PERSON = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?:(?<roleEn>" + ROLE_EN + ")" + RETIRED + ",?\\h+(?<nameEn>" + NAME_EN
				+ ")(?![\\p{L}\\p{N}’'-])(?!\\h+\\p{Lu}\\p{Ll})|(?<roleRu>" + ROLE_RU + ")" + RETIRED + RETIRED_RU
				+ ",?\\h+(?<nameRu>" + NAME_RU + ")(?![\\p{L}-])(?!\\h+[А-ЯЁ][а-яё]))");

	private static final int ROLE_EN_GROUP = NamedGroups.index(TITLED_PERSON, "roleEn");

	private static final int NAME_EN_GROUP = NamedGroups.index(TITLED_PERSON, "nameEn");

	private static final int ROLE_RU_GROUP = NamedGroups.index(TITLED_PERSON, "roleRu");

	private static final int NAME_RU_GROUP = NamedGroups.index(TITLED_PERSON, "nameRu");

	private static final Set<String> NOT_NAMES = Set.of("Assembly", "Council", "Staff", "Committee", "Ministry",
			"Department", "Organization", "Forces", "Service", "Security", "Affairs", "Conference", "Border", "Troops",
			"Police", "Guard", "Group", "Treaty", "Union", "Republic", "State", "States", "Office", "Agency", "Army",
			"Secretariat", "Federation", "Government", "General", "Minister", "Secretary", "President", "Deputy",
			"Chairman", "Director", "Commander", "Ambassador", "Spokesman", "Spokeswoman", "Monday", "Tuesday",
			"Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
			"June", "July", "August", "September", "October", "November", "December", "Совет", "Совета", "Комитет",
			"Комитета", "Министерства", "Организации", "Штаба", "Института", "Управления", "Департамента", "Агентства",
			"Службы", "Центра", "Академии", "Center", "Centre", "Institute", "Commission", "Bureau", "Party",
			"Parliament", "Court", "Academy", "University", "Directorate", "Headquarters", "Mission", "Думы",
			"Федерации", "Кенеша", "Мажлиса", "Мажилиса", "Kenesh", "Mazhilis", "Majlis");

	private static final int ROLE_WINDOW = 160;

	private static final Pattern POSSESSIVE_AFTER_OF = Pattern.compile("\\bof\\h+\\p{Lu}[\\p{L}-]*['’]s$");

	private static final Pattern AFTER_PRI = Pattern.compile("(?<![\\p{L}])при\\h+$");

	private static final String MANDATE_WORDS = "member\\h+of\\h+parliament|lawmaker|MP|senator|spokes(?:man|woman|person)|official"
			+ "|member\\h+of\\h+the\\h+(?:State\\h+Duma|Jogorku\\h+Kenesh|Mazhilis|Majilis|Senate|Federation\\h+Council"
			+ "|National\\h+Assembly|Supreme\\h+Assembly|Milli\\h+Majlis|Oliy\\h+Majlis|Parliament|parliament)";

	private static final Pattern MANDATE = Pattern.compile("(?:" + MANDATE_WORDS + ")(?=[,.;]|[’']s\\h|\\h+and\\h)");

	private static final Pattern NAME_IN_APPOSITION = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?!" + NOT_A_FIRST_NAME + "\\h)(?<name>" + NAME_EN
				+ "),\\h+(?:a|an|the)\\h+(?<role>(?:[\\p{L}-]+\\h+){0,3}?(?:" + MANDATE_WORDS + "))(?![\\p{L}])");

	private static final int APPOSITION_LEAD = 120;

	private static final Pattern NAME_BEFORE_TITLE = Pattern.compile("(?<![\\p{L}\\p{N}])(?!" + NOT_A_FIRST_NAME
			+ "\\h)(?<name>" + NAME_EN + "),\\h+(?:(?:a|an|the)\\h+)?(?<role>(?:[\\p{L}’'-]+\\h+){0,3}?" + TITLE_EN
			+ ")$" + "|(?<![\\p{L}\\p{N}])(?<nameRu>" + NAME_RU + ")\\h+[—–]\\h+(?<roleRu>" + TITLE_RU + ")$");

	private TitledPersonPattern() {
	}

	/**
	 * The title written right before a name that starts at {@code nameStart}, within its
	 * sentence: the first match in the window before the name, tried only at the offsets
	 * whose opening allows one. The window's bounds are opaque and anchoring, as a
	 * substring's would be; the pattern looks behind nowhere, so starting each try at its
	 * own offset changes nothing.
	 */
	static @Nullable String roleBefore(String text, Span sentence, int nameStart) {
		int from = Math.max(sentence.start(), nameStart - ROLE_WINDOW);
		if (from >= nameStart) {
			return null;
		}
		MatchOpenings openings = MatchOpenings.of(ROLE_BEFORE_NAME);
		Matcher matcher = ROLE_BEFORE_NAME.matcher(text);
		for (int offset = from; offset < nameStart; offset++) {
			if (openings.mayOpenAt(text, offset, nameStart) && matcher.region(offset, nameStart).lookingAt()) {
				return matcher.group("role");
			}
		}
		return null;
	}

	/**
	 * The title written right after a name, between commas ("Stanislav Zas, then CSTO
	 * Secretary General,").
	 */
	static @Nullable String roleAfter(String text, int nameEnd) {
		Matcher matcher = ROLE_AFTER_NAME
			.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + ROLE_WINDOW)));
		return matcher.lookingAt() ? matcher.group("role") : null;
	}

	/**
	 * Titled people whose names no known entity covers, as new officials with their
	 * roles.
	 */
	static List<Occurrence> findNew(String text, List<Occurrence> known) {
		List<Occurrence> found = new ArrayList<>();
		SpanIndex taken = SpanIndex.of(known);
		List<MatchResult> titles = WordStartMatches.of(TITLE, text);
		for (MatchResult matcher : titledPeople(text, titles)) {
			Checkpoints.check();
			boolean english = matcher.group(NAME_EN_GROUP) != null;
			int nameGroup = english ? NAME_EN_GROUP : NAME_RU_GROUP;
			Span nameSpan = new Span(matcher.start(nameGroup), matcher.end(nameGroup));
			String name = matcher.group(nameGroup);
			if (taken.overlapsAny(nameSpan) || containsNonName(name)
					|| (!english && isInsideInstitutionName(text, matcher.start(ROLE_RU_GROUP)))) {
				continue;
			}
			String role = matcher.group(english ? ROLE_EN_GROUP : ROLE_RU_GROUP);
			if (english && isOwnedByPossessive(role)) {
				continue;
			}
			String nominative = english ? name : RussianNominative.of(name, role);
			if (!english && RussianNominative.staysInflected(name, nominative, role)) {
				continue;
			}
			found.add(new Occurrence(newPerson(nominative, name), nameSpan, 0.7, role));
		}
		addNamedInApposition(text, taken, found);
		addNamedBeforeTitle(text, titles, taken, found);
		return found;
	}

	/**
	 * Whether a title ends in "of" and an owner in the possessive ("deputy secretary of
	 * China's"): what follows is the owner's body ("… Central Political and Legal Affairs
	 * Commission"), never the person, who is named elsewhere.
	 */
	private static boolean isOwnedByPossessive(String role) {
		return (role.endsWith("'s") || role.endsWith("’s")) && POSSESSIVE_AFTER_OF.matcher(role).find();
	}

	/**
	 * People named before their title in apposition ("Timur Aliev, Deputy Head of the
	 * Centre,", "said Ivan Orlov, a senior adviser at …", «Иван Орлов — депутат …»),
	 * found at each title the text contains.
	 */
	private static void addNamedBeforeTitle(String text, List<MatchResult> titles, SpanIndex taken,
			List<Occurrence> found) {
		Matcher apposition = NAME_BEFORE_TITLE.matcher(text);
		for (MatchResult title : titles) {
			Checkpoints.check();
			boolean wholeWord = title.end() == text.length() || !Character.isLetter(text.charAt(title.end()));
			apposition.region(Math.max(0, title.start() - APPOSITION_LEAD), title.end());
			if (!wholeWord || !apposition.find()) {
				continue;
			}
			boolean english = apposition.group("name") != null;
			String group = english ? "name" : "nameRu";
			Span nameSpan = new Span(apposition.start(group), apposition.end(group));
			String name = apposition.group(group);
			if (taken.overlapsAny(nameSpan) || Occurrences.overlapsAny(nameSpan, found) || containsNonName(name)) {
				continue;
			}
			String role = apposition.group(english ? "role" : "roleRu");
			found.add(new Occurrence(newPerson(english ? name : RussianNominative.of(name, role), name), nameSpan, 0.7,
					role));
		}
	}

	/**
	 * People named before a mandate in apposition ("Zarina Kholova, a Tajik member of
	 * parliament,"), found around each mandate word the text contains.
	 */
	private static void addNamedInApposition(String text, SpanIndex taken, List<Occurrence> found) {
		Matcher apposition = NAME_IN_APPOSITION.matcher(text);
		for (MatchResult mandate : WordStartMatches.of(MANDATE, text)) {
			Checkpoints.check();
			apposition.region(Math.max(0, mandate.start() - APPOSITION_LEAD), mandate.end());
			if (!apposition.find() || apposition.end() != mandate.end()) {
				continue;
			}
			Span nameSpan = new Span(apposition.start("name"), apposition.end("name"));
			String name = apposition.group("name");
			if (taken.overlapsAny(nameSpan) || Occurrences.overlapsAny(nameSpan, found) || containsNonName(name)) {
				continue;
			}
			found.add(new Occurrence(newPerson(name, name), nameSpan, 0.7, apposition.group("role")));
		}
	}

	/**
	 * The titled-person matches, looked for only around the titles a text contains, and
	 * there only where a word starts: the pattern looks behind its start for a letter or
	 * digit, and opens with a letter.
	 */
	private static List<MatchResult> titledPeople(String text, List<MatchResult> titles) {
		List<MatchResult> matches = new ArrayList<>();
		int searchedUpTo = 0;
		for (MatchResult title : titles) {
			int from = Math.max(searchedUpTo, title.start() - TITLE_LEAD);
			int end = Math.min(text.length(), title.end() + NAME_TAIL);
			MatchResult match = WordStartMatches.first(TITLED_PERSON, text, from, title.start(), end);
			if (match != null) {
				matches.add(match);
				searchedUpTo = match.end();
			}
		}
		return matches;
	}

	static EntityRef newPerson(String nominative, String written) {
		String name = AliasKey.latin(nominative);
		List<String> aliases = new ArrayList<>();
		if (!name.equals(nominative)) {
			aliases.add(nominative);
		}
		if (!written.equals(nominative)) {
			aliases.add(written);
		}
		return new EntityRef(EntityType.OFFICIAL, null, name, aliases, null);
	}

	/**
	 * Whether a title stands after «при», inside the name of a body attached to its
	 * holder («Агентство … при Президенте Республики Таджикистан»): the name after it
	 * belongs to the title before the body, which {@link PersonAfterInstitution} reads.
	 */
	private static boolean isInsideInstitutionName(String text, int roleStart) {
		return AFTER_PRI.matcher(text.substring(Math.max(0, roleStart - 5), roleStart)).find();
	}

	private static boolean containsNonName(String name) {
		for (String word : name.split("\\h+")) {
			if (NOT_NAMES.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
