package app.briefings.ingestion.extraction;

import java.util.regex.Pattern;

/**
 * Tells the lines a news site wraps around its items (menus, sharing, subscription and
 * membership calls, a channel's subscriber count, cookie banners, section labels,
 * related-link lists, footers) from item text. Works on one line at a time;
 * {@link LayoutClassifier} adds the rule that a headline-like line with no prose after it
 * is navigation too.
 */
final class NavigationLines {

	private static final Pattern LABEL = Pattern.compile(
			"(?iu)^(?:go back|back|back to (?:the )?(?:section|all news|news|top|list)|all news|news|feed|latest news"
					+ "|top news|more news|other news|news feed|newsfeed|news in brief|in brief|briefly|share|share this|print|print version"
					+ "|subscribe|read more|more|details|continue reading|read also|see also|related|related news|related articles"
					+ "|most read|most popular|popular|editor's choice|menu|search|sign in|log in|login|register|accept|accept all"
					+ "|ok|close|next|previous|next news|previous news|comments|advertisement|ad|sponsored|home|contacts|contact us"
					+ "|resize|text size|font size|listen|listen to (?:this )?(?:article|story)|gift (?:this )?article"
					+ "|save|save article|bookmark|размер шрифта|размер текста|слушать|в закладки|в избранное"
					+ "|назад|вернуться|вернуться назад|вернуться в раздел|вернуться к списку новостей|к списку новостей"
					+ "|все новости|все новости раздела|поделиться|версия для печати|распечатать|печать|подписаться|читайте также"
					+ "|читать далее|читать также|читать полностью|подробнее|далее|смотрите также|по теме|новости по теме"
					+ "|другие новости|главная|новости|лента|лента новостей|последние новости|главное|коротко|кратко|новости кратко"
					+ "|самое читаемое|самое популярное|популярное|выбор редакции|меню|поиск|поиск по сайту|войти|вход"
					+ "|регистрация|принять|согласен|закрыть|комментарии|реклама|контакты|предыдущая новость|следующая новость)$");

	/**
	 * Opens the footer and notice patterns, which are searched anywhere in a line: every
	 * phrase they look for begins a word, so the alternatives are tried only where a word
	 * begins instead of at every character.
	 */
	private static final String AT_WORD_START = "(?<![\\p{L}\\p{N}])";

	private static final Pattern LEADING_CALL = Pattern
		.compile("(?iu)^(?:read also|see also|more on this|popular tags|tags cloud|follow us|subscribe|sign up"
				+ "|join us|читайте также|смотрите также|читать также|по теме|популярные теги|облако тегов"
				+ "|подписывайтесь|подпишитесь|подписаться|следите за нами|присоединяйтесь|read more on"
				+ "|материалы по теме|новости раздела|все новости раздела|select (?:a )?date|choose (?:a )?date"
				+ "|выберите дату|go back to|back to|вернуться к|вернуться в|open in|открыть в|смотреть в"
				+ "|все новости за|новости за|главное за|top stories|all news (?:for|from|of)"
				+ "|support (?:us|our work|independent (?:journalism|media|reporting))|become an? (?:member|supporter|patron)"
				+ "|donate (?:now|today|to)|поддержите (?:нас|редакцию|проект|независим\\p{L}*)"
				+ "|stay (?:with us|tuned)|keep following|follow (?:our|this) (?:live )?(?:blog|coverage|updates)"
				+ "|оставайтесь с нами|следите за (?:обновлениями|развитием событий|нашими новостями)"
				+ "|(?:that|this) (?:is|was|concludes) (?:the end of )?(?:our|this|today's) (?:live )?(?:coverage|blog|updates|broadcast)"
				+ "|we (?:are|will be) (?:ending|closing|wrapping up|pausing) (?:our|this) (?:live )?(?:coverage|blog)"
				+ "|(?:thank you|thanks) for (?:following|reading|joining us|staying with us)"
				+ "|that['’]?s all (?:from us|for (?:today|now|tonight))|read more\\h*:"
				+ "|на этом (?:наша |мы завершаем |мы заканчиваем )?(?:онлайн-|текстовую |текстовая )?трансляци\\p{L}*"
				+ "|(?:онлайн-)?трансляция (?:завершена|окончена|закончена|подошла к концу)"
				+ "|(?:мы )?(?:составили|собрали|подготовили|отобрали)(?: для вас)? (?:подборку|дайджест|обзор|главное"
				+ "|самое важное|главные|ключевые|основные)|(?:рассказываем|напоминаем) (?:о )?(?:главн\\p{L}*|самом важном"
				+ "|ключев\\p{L}*) (?:событи\\p{L}*|новост\\p{L}*|за день)|главные (?:события|новости) (?:дня|недели|за день)\\h*[—–:-]\\h*в наш"
				+ "|here(?:'s|’s| is| are) (?:the |our |a |your )?(?:main|top|key|biggest|latest|most important) (?:events|stories"
				+ "|news|headlines|developments)|here(?:'s|’s| is) (?:our|a|the|your) (?:daily |evening |morning |weekly )?"
				+ "(?:round-?up|digest|summary|briefing)|here(?:'s|’s| is) what you need to know"
				+ "|catch up (?:on|with) (?:the|today's|the day's) (?:top|main|biggest|latest))(?![\\p{L}])");

	private static final Pattern FOOTER = Pattern.compile("(?iu)" + AT_WORD_START
			+ "(?:^(?:©|\\(c\\)|copyright\\b)|all rights reserved"
			+ "|все права защищены|защищены авторским правом|при (?:использовании|цитировании|перепечатке) материалов"
			+ "|protected by copyright|(?:citation|quoting|reproduction|reprinting)\\h+(?:of\\h+(?:our\\h+|the\\h+)?(?:materials?|content)\\h+)?"
			+ "(?:requires|is (?:permitted|allowed) only)\\b|охраняются\\h+законом\\h+об\\h+авторском"
			+ "|^при (?:цитировании|использовании|перепечатке)\\h+ссылка\\h+на|privacy policy"
			+ "|политика конфиденциальности|terms of (?:use|service)|пользовательское соглашение"
			+ "|^перепечатка.{0,60}запрещ|^использование материалов.{0,60}(?:разрешено|допускается|запрещено)"
			+ "|^все права на материалы|^(?:the )?(?:views|opinions) expressed\\b.{0,60}\\bauthor"
			+ "|^(?:this|the) (?:article|column|text|piece|opinion|commentary) (?:only )?(?:reflects|expresses|represents)\\b.{0,40}\\b(?:views?|opinions?|position) of (?:the|its) authors?\\b"
			+ "|^(?:статья|материал|текст|колонка) (?:отражает|выражает)\\b.{0,40}\\b(?:мнение|точку зрения|позицию) автора|^мнение (?:автора|авторов).{0,30}не совпадать"
			+ "|\\b(?:opinions?|views?)\\b.{0,80}\\bdo(?:es)? not necessarily reflect\\b|(?:точка зрения|мнение|позиция)\\h+(?:автора|авторов|редакции)"
			+ "\\h+(?:может\\h+)?не\\h+(?:совпада|отража)|^(?:watch|listen to|read|see) the full (?:interview|version|video|programme|program|story|text)\\b"
			+ "|^полн(?:ая|ую|ый|ое)\\h+(?:версия|версию|текст|запись|видео)\\h+(?:интервью|беседы|материала|выступления|программы)"
			+ "|^нашли ошибку|^found (?:a|an) (?:typo|mistake|error)"
			+ "|\\bviews (?:are )?(?:my|our) own\\b|\\bplease credit (?:if|when) (?:you )?(?:share|repost|use)"
			+ "|click here to (?:subscribe|donate|support|become)|subscribe (?:now )?for (?:full|unlimited) access"
			+ "|(?:contact|write to) us (?:for|about|regarding) (?:subscription|subscribing|a subscription)|subscription options"
			+ "|(?:news|stories|content|materials) (?:offered|available) (?:only )?to (?:our )?subscribers"
			+ "|(?:свяжитесь с нами|пишите нам),? чтобы оформить подписку|(?:доступн\\p{L}*|предоставляется) только (?:нашим )?подписчикам"
			+ "|will be published in the full (?:version|text|transcript)|будут опубликованы в полной (?:версии|стенограмме)"
			+ "|^[^.!?]{0,60}\\b(?:(?:has|have) been |was |were |is |are )?(?:lightly )?(?:edited|condensed|shortened)\\b.{0,30}\\b(?:length|clarity|brevity)\\b"
			+ "|(?:интервью|текст|материал) (?:публикуется )?(?:в сокращении|сокращен|отредактирован))");

	private static final Pattern NOTICE = Pattern.compile("(?iu)" + AT_WORD_START
			+ "(?:^(?:#{3}|-30-|ends|media contacts?|press contacts?|for media (?:enquiries|inquiries)|контакты для (?:сми|прессы)"
			+ "|for (?:further|more|additional) information(?:,? please)?,? contact(?: us)?|для справок"
			+ "|за (?:дополнительной )?информацией обращайтесь|(?:дополнительная )?информация для (?:сми|прессы)"
			+ "|comments are (?:now )?closed(?:\\h+(?:on|for)\\h+this\\h+(?:live\\h+)?(?:blog|article|story|post|page))?|комментарии закрыты|update\\h+\\d{1,2}|[—–-]\\h*\\d{1,4}\\h*[—–-])\\h*[:.]?$"
			+ "|^(?:correction|clarification|editor's note|исправление|уточнение)\\h*:"
			+ "|^an earlier version of this (?:article|story|report)|^в (?:первоначальной|предыдущей) версии"
			+ "|^(?:originally published|first published|впервые опубликовано)\\b|republished with permission"
			+ "|перепечатано с разрешения|^(?:pinned|закреплено)\\h*:"
			+ "|^(?:от (?:админа|администратора|администрации)(?: канала)?|from the (?:admin|channel admin)|admin(?:'s)? note)\\h*:"
			+ "|^\\((?:adds|updates|recasts|corrects|changes|rewrites)\\b[^()]*\\)$"
			+ "|^(?:updated|обновлено)\\b[^.]{0,40}\\d\\.\\h+(?:adds|added|добавлен[аоы]?)\\b"
			+ "|^about (?!the author)(?:the\\h+)?\\p{Lu}[\\p{L}-]*(?:\\h+\\p{Lu}[\\p{L}-]*){0,3}\\h*:\\h+\\p{Lu}"
			+ "|^you are reading the free|^upgrade to\\b|(?:стенограмма|выступление) (?:опубликован[аоы]? )?(?:с сокращениями|в сокращении))");

	/**
	 * The lines a social network sets around a post: "Name reposted" over it, "Name
	 * @handle Follow" in a profile box.
	 */
	private static final Pattern SOCIAL_POST_FRAME = Pattern.compile(
			"(?iu)^\\p{Lu}[\\p{L}\\d'’.-]*(?:\\h+[\\p{L}\\d'’.«»\"“”-]+){0,5}\\h+(?:reposted|retweeted|shared\\h+(?:a|an|this|their|his|her)\\h+(?:post|link|video|photo|memory)\\.?"
					+ "|forwarded\\h+(?:a|this|the)\\h+(?:message|post)\\.?|переслал[аи]?\\h+(?:сообщение|пост|запись|публикацию)\\.?"
					+ "|сделал[аи]?\\h+репост|поделил(?:ся|ась|ись)\\h+(?:публикацией|записью|постом)\\.?)$"
					+ "|^\\p{Lu}[\\p{L}'’.-]*(?:\\h+\\p{Lu}[\\p{L}'’.-]*){0,3}\\h+@[\\p{L}\\d_.]{2,30}\\h+(?:follow|подписаться|читать)$");

	/**
	 * A footnote marked by an asterisk that says an organization named in the story is
	 * banned or designated («* Организация запрещена в России.», "* The group is
	 * designated a terrorist organization in Russia.").
	 */
	private static final Pattern BANNED_FOOTNOTE = Pattern
		.compile("(?iu)^\\*+\\h*(?![^*]{0,80}\\*)(?=.{0,200}?(?<!\\p{L})(?:организаци|движени"
				+ "|группировк|organi[sz]ation|group|movement))(?=.{0,200}?(?<!\\p{L})(?:запрещ|признан|террористич|экстремистск"
				+ "|нежелательн|banned|designated|outlawed|proscribed|prohibited))");

	/**
	 * A syndication disclaimer: the story was not edited by the outlet's staff, it comes
	 * from a syndicated feed ("(This story has not been edited by … staff and is
	 * auto-generated from a syndicated feed.)").
	 */
	private static final Pattern SYNDICATION_NOTE = Pattern.compile("(?iu)^\\(?[^()]{0,120}?\\b(?:syndicated feed"
			+ "|(?:has not been|was not|is not) edited by\\b[^()]{0,40}\\bstaff)\\b");

	/**
	 * An appeal to call a hotline that closes a police post («Если вам известны факты …,
	 * звоните 102.», "If you have any information, call …"): the outlet's notice.
	 */
	private static final Pattern HOTLINE_APPEAL = Pattern
		.compile("(?iu)^(?:если\\h+(?:вам\\h+(?:что-либо\\h+)?известн\\p{L}*"
				+ "|вы\\h+(?:располагаете|обладаете|знаете|стали\\h+свидетел\\p{L}*))|if\\h+you\\h+(?:have|know|see|witness)"
				+ "|anyone\\h+(?:with|who\\h+has)\\h+(?:any\\h+)?information)\\b.{0,160}?(?:звоните|позвоните|сообщите|обращайтесь"
				+ "|телефон|call|contact|report|hotline)\\b.{0,40}?\\d");

	private static final Pattern HANDLE_OR_ICON = Pattern.compile("^(?:@[\\p{L}\\d_.]+|\\p{So})");

	private static final Pattern COOKIES = Pattern.compile("(?iu)\\bcookies?\\b|файл(?:ы|ов)\\h+cookie");

	private static final Pattern COUNTER = Pattern.compile("(?iu)^\\p{L}+(?:\\h+\\p{L}+){0,2}\\h*\\(\\d+\\)$");

	private static final Pattern AUDIENCE = Pattern
		.compile("(?iu)^\\d[\\d\\h.,]*\\h*[KkКк]?\\h+(?:subscribers|followers"
				+ "|members|подписчик\\p{L}*|участник\\p{L}*)$");

	private static final Pattern PAGER = Pattern.compile("(?iu)^(?:page|страница)\\h+\\d+\\h+(?:of|из)\\h+\\d+"
			+ "(?:\\h*[·•|,]\\h*\\d+\\h+(?:replies|reply|posts|comments|ответ\\p{L}*|сообщени\\p{L}*|комментари\\p{L}*))?$");

	private static final Pattern BAR = Pattern.compile("\\h*\\|\\h*");

	private static final Pattern GAP = Pattern.compile("\\h+[•·]\\h+|\\h{2,}");

	private static final Pattern DECORATION = Pattern.compile("^[\\h←→<>«»|•·_=*]+|[\\h←→<>«»|•·.:_=*]+$");

	private static final Pattern AGE_RATING = Pattern.compile("^\\d{1,2}\\+$|^\\+\\d{1,2}$");

	private static final Pattern INSERTION = Pattern
		.compile("(?iu)^(?:advertisement|advertising|ad|sponsored|sponsored content|реклама|рекламный блок"
				+ "|партнерский материал|партнёрский материал)$");

	private static final Pattern POST_HEADER = Pattern
		.compile("@?[\\p{L}\\d_.-]*[\\p{Ll}\\d_][\\p{L}\\d_.-]*\\h+[·•|]\\h+\\d{1,2}\\h+\\p{L}{3,9}\\.?\\h+\\d{4}"
				+ "(?:,?\\h+\\d{1,2}:\\d{2})?");

	private static final Pattern FIGURE = Pattern.compile("[-+−]?\\d[\\d\\h.,]*%?");

	private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");

	private static final int MAX_LENGTH = 300;

	private static final int CALL_MAX_LENGTH = 120;

	private static final int MENU_ENTRY_MAX_WORDS = 4;

	private NavigationLines() {
	}

	static boolean isNavigation(String line) {
		if (line.length() > MAX_LENGTH) {
			return false;
		}
		String bare = withoutDecoration(line);
		return bare.isEmpty() || LABEL.matcher(bare).matches() || POST_HEADER.matcher(line.strip()).matches()
				|| (line.length() <= CALL_MAX_LENGTH && LEADING_CALL.matcher(bare).lookingAt())
				|| WordStartMatches.existsAfterNonWord(FOOTER, bare)
				|| WordStartMatches.existsAfterNonWord(NOTICE, line.strip()) || AGE_RATING.matcher(bare).matches()
				|| (mayMentionCookies(bare) && COOKIES.matcher(bare).find()) || COUNTER.matcher(bare).matches()
				|| AUDIENCE.matcher(bare).matches() || PAGER.matcher(bare).matches() || isMenu(bare)
				|| SOCIAL_POST_FRAME.matcher(bare).matches()
				|| (line.length() <= CALL_MAX_LENGTH && HANDLE_OR_ICON.matcher(line).lookingAt())
				|| isEditorsFootnote(line);
	}

	/**
	 * A footnote on a banned organization, a syndication disclaimer or a hotline appeal;
	 * each pattern runs only on the lines its first character or keyword allows.
	 */
	private static boolean isEditorsFootnote(String line) {
		if (line.isEmpty()) {
			return false;
		}
		char first = line.charAt(0);
		if (first == '*') {
			return BANNED_FOOTNOTE.matcher(line).lookingAt();
		}
		if ((line.contains("syndicated") || line.contains("staff")) && SYNDICATION_NOTE.matcher(line).lookingAt()) {
			return true;
		}
		return "ЕеIiAa".indexOf(first) >= 0 && HOTLINE_APPEAL.matcher(line).lookingAt();
	}

	/**
	 * Whether the line is a social network's frame over a shared or forwarded post ("Name
	 * reposted", «Канал «…» переслал сообщение»).
	 */
	static boolean isRepostFrame(String line) {
		return line.length() <= MAX_LENGTH && SOCIAL_POST_FRAME.matcher(withoutDecoration(line)).matches();
	}

	/**
	 * Whether the line is an advertising slot a site inserts between the paragraphs of
	 * one story ("Advertisement", «Реклама»): removed like navigation, but the story goes
	 * on after it.
	 */
	static boolean isInsertion(String line) {
		return INSERTION.matcher(withoutDecoration(line)).matches() || POST_HEADER.matcher(line.strip()).matches();
	}

	/**
	 * Whether the line is a forum post's header, a user name with the post's date
	 * ("kazakh_lurker · 29 Oct 2026, 10:14"): the thread's posts go on after it.
	 */
	static boolean isPostHeader(String line) {
		return POST_HEADER.matcher(line.strip()).matches();
	}

	/**
	 * Whether the line is an editorial notice about the story (update, correction,
	 * republication, release marks and contacts), which may stand between a headline and
	 * its text.
	 */
	static boolean isNotice(String line) {
		return line.length() <= MAX_LENGTH && WordStartMatches.existsAfterNonWord(NOTICE, line.strip());
	}

	/**
	 * Whether the line is a row of a table of figures set between a story's paragraphs:
	 * short cells split by bars, at least one of them a number ("Kyrgyzstan | 310 | 27").
	 */
	static boolean isTableRow(String line) {
		String[] cells = BAR.split(line.strip());
		if (cells.length < 2 || !hasShortEntries(cells, 2)) {
			return false;
		}
		for (String cell : cells) {
			if (FIGURE.matcher(cell.strip()).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A row of short entries split by bars, bullets or wide gaps, none of them a sentence
	 * (an abbreviation such as "U.S." may end in a dot): "Home | News | Opinion",
	 * "Politics Security Defence".
	 */
	static boolean isMenu(String line) {
		return (line.indexOf('|') >= 0 && hasShortEntries(BAR.split(line), 2))
				|| (mayHoldGap(line) && hasShortEntries(GAP.split(line), 3));
	}

	/**
	 * The line without the arrows, bars, bullets and spaces around it; a line that
	 * neither begins nor ends with one is returned as it is, without a search.
	 */
	private static String withoutDecoration(String line) {
		if (line.isEmpty()
				|| (!isLeadingDecoration(line.charAt(0)) && !isTrailingDecoration(line.charAt(line.length() - 1)))) {
			return line;
		}
		return DECORATION.matcher(line).replaceAll("");
	}

	/** A character of {@link #DECORATION}'s leading class. */
	private static boolean isLeadingDecoration(char c) {
		return isHorizontalSpace(c) || "←→<>«»|•·_=*".indexOf(c) >= 0;
	}

	/** A character of {@link #DECORATION}'s trailing class. */
	private static boolean isTrailingDecoration(char c) {
		return isLeadingDecoration(c) || c == '.' || c == ':';
	}

	/** A character that {@code \h} matches. */
	static boolean isHorizontalSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
				|| (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
	}

	/**
	 * Whether the line may mention cookies: every match of {@link #COOKIES} holds "oo" in
	 * either case.
	 */
	private static boolean mayMentionCookies(String line) {
		for (int i = 1; i < line.length(); i++) {
			if ((line.charAt(i) == 'o' || line.charAt(i) == 'O')
					&& (line.charAt(i - 1) == 'o' || line.charAt(i - 1) == 'O')) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@link #GAP} can split the line: only a bullet, a middle dot or two
	 * horizontal spaces in a row can.
	 */
	private static boolean mayHoldGap(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '•' || c == '·' || (i > 0 && isHorizontalSpace(c) && isHorizontalSpace(line.charAt(i - 1)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasShortEntries(String[] entries, int atLeast) {
		if (entries.length < atLeast) {
			return false;
		}
		for (String entry : entries) {
			String bare = entry.strip();
			if (bare.isEmpty() || bare.split("\\h+").length > MENU_ENTRY_MAX_WORDS
					|| (bare.matches(".*[.!?:;,»\"”]$") && !ABBREVIATION.matcher(bare).matches())) {
				return false;
			}
		}
		return true;
	}

}
