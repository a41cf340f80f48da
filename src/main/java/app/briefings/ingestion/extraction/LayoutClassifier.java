package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The layout stage: reads a page line by line and says what each line is (headline,
 * dateline, byline, metadata, navigation, section label, credit, caption, time stamp,
 * speaker turn, question, answer or prose), with the feature that decided it. Most kinds
 * are read from the line alone; a headline-like line is a headline only when prose
 * follows it (after its metadata block), else it is a link.
 */
final class LayoutClassifier {

	private static final String MONTH_EN = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

	private static final String MONTH_RU = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
			+ "|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?![\\p{L}])";

	private static final String AGENCY = "(?:\\((?<agency>[^)]{2,40})\\)\\h*|/(?<slashAgency>[^/]{2,40})/\\.?\\h*)";

	private static final Pattern ENGLISH_DATELINE = Pattern
		.compile("^(?<city>\\p{Lu}[\\p{Lu} .'-]{1,30}|\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?)(?:,|(?<=\\p{Lu})\\.)\\h+"
				+ "(?:(?<month>(?i:" + MONTH_EN + "))\\h+(?<day>\\d{1,2})|(?<dayFirst>\\d{1,2})\\h+(?<monthAfter>(?i:"
				+ MONTH_EN + ")))(?:,\\h+(?<year>\\d{4}))?(?:\\h*" + AGENCY
				+ "?[-–—]+|\\.\\h*/[^/]{2,40}/\\.?|,\\h+\\p{Lu}{2,}[\\p{Lu}\\d-]*\\.(?=\\h+\\p{Lu}))\\h*");

	private static final Pattern RUSSIAN_DATELINE = Pattern
		.compile("^(?<city>\\p{Lu}(?:[\\p{Lu} .-]{1,30}|\\p{Ll}+(?:[ -]\\p{Lu}?\\p{Ll}+)?)),\\h+(?<day>\\d{1,2})\\h+"
				+ "(?<month>" + MONTH_RU
				+ ")(?:\\h+(?<year>\\d{4})\\h*(?:г\\.|года)?)?(?:\\.\\h*(?:/(?<slashAgency>[^/]{2,40})/\\.?)?"
				+ "|\\h*[-–—]\\h*(?<agency>\\p{Lu}[\\p{L}-]*(?:\\h+\\p{Lu}[\\p{L}-]*){0,2})\\."
				+ "|\\h*\\((?<bracketAgency>\\p{Lu}[^)]{1,30})\\)\\h*(?=[-–—]))\\h*[-–—]?\\h*");

	private static final Pattern DOTTED_DATELINE = Pattern
		.compile("^(?<city>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?)\\.\\h+(?<day>\\d{1,2})\\h+(?<month>" + MONTH_RU
				+ ")\\.\\h+(?<agency>\\p{Lu}[\\p{L}.]*(?:\\h+\\p{Lu}[\\p{L}.]*){0,2})\\h+[-–—]\\h+");

	private static final Pattern PLACE_DATE = Pattern
		.compile("^(?:\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?,\\h+){1,2}(?<month>" + MONTH_EN
				+ ")\\h+(?<day>\\d{1,2})(?:,\\h+(?<year>\\d{4}))?(?:\\h+[-–—]\\h+\\p{Lu}[\\p{L}.]*(?:\\h+\\p{Lu}[\\p{L}.]*){0,2})?$");

	private static final Pattern UNDATED_DATELINE = Pattern.compile("^(?<city>\\p{Lu}[\\p{Lu} .'-]{1,30})"
			+ "(?:,\\h+\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})?\\h*" + AGENCY + "[-–—]+\\h*"
			+ "|^(?<capitalCity>\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2})\\h+[—–]\\h+(?=\\p{Lu})");

	/**
	 * A dateline's place alone on a line, the city in capitals and its country after a
	 * comma ("ALMATY, Kazakhstan"), with no date or agency.
	 */
	private static final Pattern PLACE_LINE = Pattern
		.compile("^(?<city>\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2}),\\h+\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}$");

	private static final Pattern TIMESTAMP = Pattern
		.compile("^(?<hour>[01]?\\d|2[0-3])[:.](?<minute>[0-5]\\d)(?:\\h*(?<zone>MSK|GMT|UTC|CET|мск)"
				+ "(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?(?:\\h*\\((?:\\p{L}+\\h+){0,3}(?:time|времени)\\))?$");

	/**
	 * A speech verb anywhere in a label's setting ("Zas, speaking after Lavrov, said:"):
	 * then the line is prose whose subject the attribution decides, not a label.
	 */
	private static final String SPEECH_VERB_AHEAD = "[^:\"«“„]*(?<!\\p{L})(?:said|says|told|added|stated|replied|declared|noted"
			+ "|заявил|заявила|сказал|сказала|отметил|отметила|добавил|добавила|ответил|ответила)(?!\\p{L})";

	private static final Pattern SPEAKER_TURN = Pattern
		.compile("^(?<label>\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){0,2})(?:,\\h+(?!" + SPEECH_VERB_AHEAD
				+ ")(?<setting>[^:\"«“„]{1,60}))?" + ":\\h*(?=[\"«“„])");

	/**
	 * A site's name as written in its own interviews' labels: "Kaktus.media",
	 * "Gazeta.uz".
	 */
	private static final String SITE_NAME = "\\p{Lu}[\\p{L}\\d-]*(?:\\.\\p{L}[\\p{L}\\d-]*)*\\.\\p{Ll}{2,6}";

	/**
	 * An outlet's name in quotation marks as its interviews label their questions
	 * («Огонёк», "RBC").
	 */
	private static final String QUOTED_OUTLET = "«\\p{Lu}[^«»:]{0,30}»|\"\\p{Lu}[^\":]{0,30}\"|“\\p{Lu}[^“”:]{0,30}”";

	private static final int QUOTED_OUTLET_MIN_QUESTIONS = 2;

	/** A presenter's name after the role in a label ("Host Anna Kim:"). */
	private static final String LABEL_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){0,2}";

	private static final Pattern QUESTION = Pattern
		.compile("^(?:(?<label>Q|Question|В|Вопрос|(?:" + PresenterRoles.LABELS + ")(?:\\h+" + LABEL_NAME
				+ ")?)(?:\\h*\\([^)]{1,40}\\))?\\h*:|\\*\\*(?<outlet>[^*]{1,40})\\*\\*\\h*:?"
				+ "|(?<abbreviation>\\p{Lu}{2,6}|" + SITE_NAME + ")\\h*:(?=.+\\?$)|(?<quoted>" + QUOTED_OUTLET
				+ ")\\h*:)\\h*");

	private static final Pattern NAMED_ANSWER = Pattern.compile(
			"^(?<label>\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){0,2}|\\p{Lu}\\.\\h?\\p{Lu}\\.(?:\\h?\\p{Lu}\\.)?):\\h+"
					+ "(?=\\p{Lu})(?!.*\\?$)");

	private static final Pattern INITIALS_TURN = Pattern.compile(
			"^(?<label>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\h+\\p{Lu}\\.(?:\\h?\\p{Lu}\\.|(?=\\h*:)))(?:\\h*:)?\\h+(?=\\p{Lu})");

	private static final Pattern INITIALS_FIRST_TURN = Pattern
		.compile("^(?<label>\\p{Lu}\\.\\h?\\p{Lu}\\.\\h?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\h*:\\h+(?=\\S)");

	private static final Pattern PRESIDING_TURN = Pattern.compile(
			"^(?:Председательствующий|Председательствующая|Председатель|Presiding\\h+officer|Chair|Chairman|Chairwoman)"
					+ "\\.\\h+(?=\\p{Lu})");

	private static final Pattern ANSWER = Pattern.compile("^(?<label>A|Answer|О|Ответ)\\h*:\\h*");

	private static final Pattern SECTION_LABEL = Pattern
		.compile("(?iu)^(?<label>(?:opinion|comment|commentary|interview|editorial|column|op-ed|feature|transcript)s?"
				+ "|analysis|exclusive|press releases?|пресс-релизы|комментарий|мнение|аналитика|интервью|колонка|колонки|мнения|точка зрения|эксклюзив|репортаж"
				+ "|стенограмма)$");

	/**
	 * A rubric before a headline and a bar ("Interview | …", "Opinion | …", «Мнение |
	 * …»).
	 */
	private static final Pattern RUBRIC_PREFIX = Pattern.compile("(?iu)^(?:(?:opinion|comment|commentary|interview"
			+ "|editorial|column|op-ed|feature|transcript|explainer|review|podcast|video)s?|analysis|exclusive|live"
			+ "|комментарий|мнение|аналитика|интервью|колонка|точка зрения|эксклюзив|репортаж|видео)\\h*\\|\\h*");

	private static final int RUBRIC_MAX_LENGTH = 16;

	/**
	 * A rubric named for its news ("World News", "India News", «Новости Казахстана»).
	 */
	private static final Pattern NEWS_RUBRIC = Pattern
		.compile("(?u)^(?:\\p{Lu}\\p{L}*\\h+){1,2}(?:News|новости)$|^Новости(?:\\h+\\p{Lu}\\p{L}*){1,2}$");

	private static final Pattern LINK_LABEL = Pattern
		.compile("(?iu)^(?:skip to (?:main )?content|refresh(?: for (?:the )?latest updates)?|обновить"
				+ "|share this (?:post|article|story|page|news)\\h*:?|(?:related|related (?:topics|news|articles|stories)|по теме"
				+ "|вы здесь)\\h*:.*|our standards\\h*:.*)$");

	/**
	 * A step of a breadcrumb: a short run of letters, or up to four words that may hold
	 * hyphens ("Пресс-служба", "Брифинги официального представителя").
	 */
	private static final String CRUMB = "(?:\\p{L}[\\p{L}\\h]{0,24}|\\p{L}[\\p{L}-]*(?:\\h+\\p{L}[\\p{L}-]*){0,3})";

	private static final Pattern FORWARD_LABEL = Pattern
		.compile("(?iu)^(?:forwarded from|reposted from|переслано из|переслано от|репост из|репост от)"
				+ "(?:\\h*:\\h*|\\h+)\\S.{0,80}(?<![.!?])$");

	static final String FORWARD = "forward label of a channel's post";

	private static final Pattern BREADCRUMB = Pattern.compile("^(?:" + CRUMB + "\\h+[>»›/]\\h+){1,5}" + CRUMB + "$");

	private static final Pattern CREDIT = Pattern
		.compile("(?iu)^[-–—]*\\h*\\(?(?:reporting|writing|editing|additional reporting|compiled|edited)\\h+by\\b"
				+ "|^[-–—]+\\h*\\(?with\\h+(?:additional\\h+)?(?:assistance|reporting)\\h+(?:from|by)\\b"
				+ "|^\\(?with\\h+(?:additional\\h+)?(?:assistance|reporting)\\h+(?:from|by)\\h+(?-i:\\p{Lu})[\\p{L}'’.-]+"
				+ "(?:(?:\\h+|,\\h+|\\h+and\\h+)(?-i:\\p{Lu})[\\p{L}'’.-]+){0,6}\\.?\\)?$"
				+ "|^(?:this\\h+)?(?:article|story|material|report|piece|review)\\h+(?:was\\h+|has been\\h+|is\\h+)?"
				+ "(?:prepared|compiled|produced|written|based)\\h+(?:using|with the use of|on|from)\\h+(?:the\\h+)?"
				+ "(?:data|information|reports|materials)\\b"
				+ "|^(?:этот\\h+|данный\\h+)?(?:материал|статья|обзор|публикация)\\h+(?:подготовлен\\p{L}*|составлен\\p{L}*)\\h+"
				+ "(?:с\\h+использованием|по\\h+(?:материалам|данным)|на\\h+основе)\\b"
				+ "|^(?:this\\h+)?(?:article|story|material|interview|report|piece)\\h+(?:was\\h+|has been\\h+)?"
				+ "(?:prepared|produced|published)\\h+(?:with the support of|in (?:partnership|cooperation) with)\\b"
				+ "|^(?:этот\\h+|данный\\h+)?(?:материал|статья|интервью|публикация)\\h+(?:подготовлен\\p{L}*|создан\\p{L}*"
				+ "|опубликован\\p{L}*)\\h+(?:при\\h+(?:поддержке|участии|содействии)|в\\h+партн[её]рстве|совместно)"
				+ "|\\bcontributed(?:\\h+reporting)?\\h+to\\h+this\\h+(?:report|story)\\.?$"
				+ "|^[-–—]*\\h*\\p{Lu}[\\p{L}'’.-]+(?:\\h+\\p{Lu}[\\p{L}'’.-]+){1,2}\\h+contributed\\h+reporting"
				+ "(?:\\h+(?:from|in)\\h+\\p{Lu}[\\p{L}\\h,-]{0,40})?\\.?$");

	private static final Pattern CAPTION = Pattern.compile(
			"(?iu)\\b(?:photo|фото)\\h+(?:is\\h+)?(?:from|by|courtesy|с\\h+сайта)\\b[^.!?]*$|^(?:photo|фото)\\h*[:：]"
					+ "|^(?:фото|источник|редактор)\\h*:");

	private static final Pattern DATE_URL = Pattern.compile("^(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})"
			+ "(?:\\h+(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?)?(?:\\h+(?<datedUrl>https?://\\S+))?$"
			+ "|^(?<url>https?://\\S+)$");

	private static final Pattern AUTHOR_NOTE = Pattern.compile("(?iu)^(?:about the author|об авторе)\\h*:");

	static final StartOrWordSearch CREDIT_SEARCH = new StartOrWordSearch(CREDIT, FoldedWords.of("contributed"));

	static final StartOrWordSearch CAPTION_SEARCH = new StartOrWordSearch(CAPTION, FoldedWords.of("photo", "фото"));

	/**
	 * An author note with no label («Автор — заместитель секретаря …», "The author is
	 * …"): prose that names the column's author, even without a full stop.
	 */
	private static final Pattern UNLABELLED_AUTHOR_NOTE = Pattern
		.compile("^(?:Автор|The\\h+author)\\h+(?:is|was|—|–)\\h+\\p{Ll}");

	private static final Pattern LABELLED_TAGS = Pattern
		.compile("(?iu)^(?:tags|теги|тэги|ключевые слова|topics|темы|(?:read )?more about)\\h*:\\h*(?<tags>.+)$");

	private static final Pattern HASHTAGS = Pattern.compile("^#[\\p{L}\\d_]+(?:\\h+#[\\p{L}\\d_]+)*$");

	private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\h+\\p{Lu}[\\p{L}'’.-]+){1,2}";

	private static final Pattern BYLINE = Pattern.compile(
			"(?u)^(?:By|Автор|Author|Беседовал[аи]?|Интервью записал[аи]?|(?:Interview(?:ed)?|Text|Hosted|Live coverage|Live blog|Live updates|Live report(?:ing)?)\\h+by"
					+ "|(?:Трансляцию|Онлайн|Репортаж)\\h+вед[её]т|Вед[её]т\\h+(?:трансляцию|онлайн|репортаж)|Текст)\\h*:?\\h+(?<name>"
					+ NAME + ")"
					+ "(?:,\\h+\\p{Ll}[\\p{L}\\h-]{0,40}|\\h+(?<staff>staff|desk|correspondents?|reporters?)"
					+ "|\\h+(?:with|and|&)\\h+(?:agencies|wires|\\p{Lu}[\\p{L}.]*(?:\\h+\\p{Lu}[\\p{L}.]*){0,2})"
					+ "|\\h+(?:in|from)\\h+\\p{Lu}[\\p{L}-]+(?:\\h+\\p{Lu}[\\p{L}-]+)?)?$");

	/**
	 * A post's author as a social network shows them: name and handle ("Anna
	 * Kim @annakim").
	 */
	private static final Pattern HANDLE_BYLINE = Pattern.compile("(?u)^(?<name>" + NAME + ")\\h+@[\\p{L}\\d_.]{2,30}$");

	private static final Pattern NAME_LINE = Pattern
		.compile("(?u)^(?<name>" + NAME + ")(?:,\\h+(?<role>\\p{Ll}[\\p{L}\\h-]{0,40}))?$");

	private static final Pattern MENU_SEPARATOR = Pattern.compile("\\h*[|•·]\\h*|\\h{2,}");

	private static final Pattern METADATA_SEPARATOR = Pattern.compile("\\h*[·•|]\\h*");

	private static final String DATE = "(?:(?<day>\\d{1,2})\\h+(?<month>" + MONTH_EN + "|" + MONTH_RU + "),?\\h+"
			+ "(?<year>\\d{4})(?:\\h*(?:г\\.|года))?|(?<monthFirst>" + MONTH_EN + ")\\h+(?<dayAfter>\\d{1,2}),\\h+"
			+ "(?<yearAfter>\\d{4})|(?<dashedDay>\\d{1,2})-(?<dashedMonth>" + MONTH_EN + ")-(?<dashedYear>\\d{4}))"
			+ "(?:,?\\h+(?<hour>\\d{1,2}):(?<minute>\\d{2})(?:\\h*(?<meridiem>[ap]\\.?m\\.?)(?![\\p{L}])|\\h+\\p{Lu}{2,4})?)?";

	private static final Pattern DATED = Pattern
		.compile("(?iu)^(?:(?:published|updated|last updated|posted|first published|опубликовано|обновлено"
				+ "|дата публикации)\\h*:?\\h*|\\p{Lu}\\p{Ll}+,\\h+|\\d{1,2}:\\d{2},?\\h+)?" + DATE + "$");

	/**
	 * A social network post's time without a year ("4 December at 19:12 · Osh", "December
	 * 4 at 7:12 PM"), optionally with the place it was posted from.
	 */
	private static final Pattern POST_TIME = Pattern.compile("(?iu)^(?:(?<day>\\d{1,2})\\h+(?<month>" + MONTH_EN + "|"
			+ MONTH_RU + ")|(?<monthFirst>" + MONTH_EN + ")\\h+(?<dayAfter>\\d{1,2}))\\h+(?:at|в)\\h+\\d{1,2}:\\d{2}"
			+ "(?:\\h*[ap]\\.?m\\.?)?(?:\\h*[·•]\\h*\\p{Lu}[\\p{L}-]*(?:\\h+\\p{Lu}[\\p{L}-]*){0,2})?$");

	private static final String POST_TIME_EVIDENCE = "a post's time";

	private static final Pattern DATE_TOKEN = Pattern.compile("(?iu)" + DATE
			+ "|(?<numeric>(?<numericDay>\\d{1,2})[./](?<numericMonth>\\d{1,2})[./](?<numericYear>\\d{4}))"
			+ "|(?<relative>\\d{1,3}\\h+(?:minutes?|mins?|hours?|days?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\\h+(?:ago|назад))"
			+ "|(?<clock>\\d{1,2}:\\d{2}(?:\\h*(?:AM|PM|a\\.m\\.|p\\.m\\.))?(?-i:\\h*(?:\\p{Lu}{2,4}(?:[+-]\\d{1,2})?|мск))?)");

	private static final Pattern METADATA_PARTS = Pattern
		.compile("[|·•,()\\[\\]]|(?<=\\p{L})\\.\\h+|\\h{2,}|\\h[—–-]\\h");

	/**
	 * A publication's name in quotation marks on a details line («Аргументы и Факты»):
	 * read as one word.
	 */
	private static final Pattern QUOTED_NAME = Pattern.compile("«[^«»|]{1,60}»|\"[^\"|]{1,60}\"|“[^“”|]{1,60}”");

	/**
	 * An issue number's sign and its number ("№ 47", "No. 12"): read as one word, like
	 * "#47".
	 */
	private static final Pattern ISSUE_NUMBER = Pattern.compile("(?<=№|(?<![\\p{L}])No\\.)\\h+(?=\\d)");

	private static final Pattern METADATA_LABEL = Pattern.compile("^\\p{L}+(?:\\h+\\p{L}+)?\\h*:\\h*");

	private static final Pattern METADATA_BY = Pattern
		.compile("(?iu)^(?:(?:compiled|written|edited|reported|posted)\\h+)?by\\h|^автор(?![\\p{L}])");

	private static final Pattern METADATA_WORD = Pattern
		.compile("^(?:[\\p{Lu}\\d№#+«\"“].*|(?iu:updated|published|posted"
				+ "|обновлено|опубликовано|изменено|read|min|мин\\.?|time|время|от|в|at|on|of|from|no|стр|p|pp|page|issue|выпуск))$");

	private static final Pattern CATEGORY_LINE = Pattern.compile(
			"(?iu)^(?:category|categories|section|topic|рубрика|раздел|категория|тема)\\h*:\\h*[\\p{L}&,\\h-]{1,40}$");

	private static final int METADATA_MAX_LENGTH = 160;

	private static final int METADATA_PART_MAX_WORDS = 4;

	private static final int METADATA_BY_MAX_WORDS = 8;

	private static final Pattern READING_TIME = Pattern.compile(
			"(?iu)^(?:(?:время чтения|reading time)\\h*:?\\h*)?(?<minutes>\\d{1,2})\\h*(?:min(?:ute)?s?|мин\\.?|минут[аы]?)(?:\\h+read)?$");

	private static final Pattern METADATA_WORDS = Pattern
		.compile("(?iu)^(?:(?:раздел|рубрика|section)\\h*:\\h*)?\\p{L}+(?:\\h+\\p{L}+){0,2}$");

	private static final Pattern NAVIGATION_DECORATION = Pattern.compile("^[\\h←→<>«»|•·]+|[\\h←→<>«»|•·.]+$");

	private static final String SOCIAL = "(?:facebook|twitter|telegram|whatsapp|vk|вконтакте|одноклассники|ok|x|email|e-mail|print|linkedin)";

	private static final Pattern SHARING = Pattern
		.compile("(?iu)^(?:share|поделиться)(?:\\h+(?:on|via|in|в))?\\h*:?(?:\\h*" + SOCIAL + "[\\h,|·/]*)+$|^(?:"
				+ SOCIAL + "[\\h,|·/]*){2,}$");

	private static final Pattern BULLET = Pattern.compile("^[-•*▪]\\h+(?=\\S)");

	private static final Pattern LIST_HEADING = Pattern.compile(
			"(?iu)^(?:(?<contents>table of contents|contents|содержание|оглавление)|read also|read more(?: on .{1,40})?"
					+ "|see also|more on .{1,40}|related(?:\\h+\\p{L}+){0,2}|more stories|читайте также|читать также"
					+ "|смотрите также|материалы по теме|по теме|ещё по теме|еще по теме|новости по теме|новости раздела.{0,40}"
					+ "|другие новости|most viewed|most read|most popular|trending(?: now)?|editor's picks|partner news"
					+ "|from our partners|news of the day|самое читаемое|самое популярное|популярное|новости партн[её]ров"
					+ "|новости дня)\\h*:?$");

	private static final String CONTENTS_HEADING = "table of contents heading";

	private static final String CONTENTS_ENTRY = "table of contents entry";

	private static final String AUTHOR_LINE = "author's name and position over the date";

	static final String DECK = "deck between a headline and its author line";

	static final String DOTTED = "opens with an agency's dotted dateline";

	static final String OUTLET_LABEL = "interviewer's outlet label";

	static final String POST_AUTHOR = "post author's name";

	/**
	 * A name followed by a position in lower case; a preposition after the name ("Рубен
	 * Акопян о будущем …", "Ivan Petrov on the alliance") makes the line a deck about the
	 * person instead.
	 */
	private static final Pattern AUTHOR_WITH_POSITION = Pattern.compile(
			"^(?<name>\\p{Lu}\\p{Ll}+(?:\\h+\\p{Lu}\\p{Ll}+){1,2}),?\\h+(?!(?:о|об|обо|про|в|во|на|за|с|со|по|для|от"
					+ "|about|on|in|at|for|with|from|to)\\h)\\p{Ll}[^.!?]{0,160}$");

	/**
	 * A site's name of several capitalized words, without its article ("The Moscow
	 * Times"): its footer names it whole.
	 */
	private static final Pattern CAPITALIZED_SITE_NAME = Pattern
		.compile("^(?:The\\h+)?(?<name>\\p{Lu}[\\p{L}'’-]*(?:\\h+\\p{Lu}[\\p{L}'’-]*){1,2})$");

	private static final Pattern JOURNALIST_NOTE = Pattern.compile("^" + NAME
			+ "\\h+(?:is|was)\\h+(?:a|an|the)\\h+(?:[\\p{L}-]+\\h+){0,3}(?:correspondent|reporter|journalist)"
			+ "\\h+(?:for|at|with)\\h+[^.!?]{1,120}\\.?$");

	private static final int CATEGORY_MAX_WORDS = 3;

	private static final int FOOTER_MAX_WORDS = 25;

	private static final int POSITION_MAX_WORDS = 8;

	private static final int SITE_NAME_MAX_WORDS = 4;

	private static final int SITE_NAME_MIN_LENGTH = 3;

	private static final int LOWER_CASE_NAME_MAX_WORDS = 2;

	private static final int CAPITAL_DATELINE_MIN_WORDS = 6;

	private static final int NAVIGATION_MAX_LENGTH = 100;

	private static final int DASH_INTERVIEW_MIN_PAIRS = 2;

	private static final int HEADLINE_MAX_WORDS = 16;

	private static final int HEADLINE_MAX_LENGTH = 200;

	private static final int LONG_TITLE_MAX_LENGTH = 320;

	private final @Nullable LocalDate publishedAt;

	LayoutClassifier(@Nullable LocalDate publishedAt) {
		this.publishedAt = publishedAt;
	}

	/**
	 * Splits a page into its non-blank lines, rejoining paragraphs hard-wrapped
	 * mid-sentence.
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n")) {
			Checkpoints.check(lines.size());
			addUnwrapped(lines, line.strip());
		}
		lines.removeIf(String::isEmpty);
		return lines;
	}

	List<ClassifiedLine> classify(List<String> lines) {
		List<ClassifiedLine> classified = new ArrayList<>(lines.size());
		for (String line : lines) {
			Checkpoints.check();
			classified.add(classifyAlone(line));
		}
		markSiteNameOverMenu(classified);
		markSiteFooter(classified);
		markJournalistNote(classified);
		markMenuRubrics(classified);
		markTitlesOverDates(classified);
		markLinkLists(classified);
		markAuthorLines(classified);
		markAuthorPositions(classified);
		markPostAuthors(classified);
		markRepostedAccounts(classified);
		markQuotedOutletQuestions(classified);
		markAnsweringLabels(classified);
		int firstQuestion = firstQuestion(classified);
		Set<String> answering = answeringLabels(classified, firstQuestion);
		Set<String> asking = askingLabels(classified);
		for (int i = 0; i < classified.size(); i++) {
			ClassifiedLine line = classified.get(i);
			ClassifiedLine answer = firstQuestion < 0 ? null : namedAnswer(line);
			if (answer != null && i < firstQuestion && !answering.contains(answer.label())) {
				answer = null;
			}
			if (answer != null && asking.contains(answer.label())) {
				classified.set(i, line.as(LineKind.QUESTION, "interviewer's label over a remark"));
			}
			else if (answer != null) {
				classified.set(i, answer);
			}
			else if (line.is(LineKind.HEADLINE)) {
				classified.set(i, resolveHeadline(classified, i));
			}
		}
		markLiveEntryHeadlines(classified);
		markDashInterview(classified);
		return classified;
	}

	/**
	 * An interview written in dashes («— Павел Викторович, почему…?» / «— Потому что…»):
	 * when at least two dashed questions are each answered by the dashed line under them,
	 * the dashed lines from the first such question on are questions (those ending in a
	 * question mark, or asking one right after an answer: «— Хватит ли денег? Бюджет
	 * невелик.») and answers (the others). A story's single dashed exchange stays prose.
	 */
	private static void markDashInterview(List<ClassifiedLine> lines) {
		int first = -1;
		int pairs = 0;
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (isDashedQuestion(lines.get(i)) && isDashed(lines.get(i + 1)) && !isDashedQuestion(lines.get(i + 1))) {
				first = first < 0 ? i : first;
				pairs++;
			}
		}
		if (pairs < DASH_INTERVIEW_MIN_PAIRS) {
			return;
		}
		boolean answered = false;
		for (int i = first; i < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			if (isDashedQuestion(line) || (answered && isDashed(line) && line.text().indexOf('?') > 0)) {
				lines.set(i, line.as(LineKind.QUESTION, "dashed question of an interview"));
				answered = false;
			}
			else if (isDashed(line)) {
				lines.set(i, line.as(LineKind.ANSWER, "dashed answer of an interview"));
				answered = true;
			}
		}
	}

	private static boolean isDashed(ClassifiedLine line) {
		String text = line.text();
		return line.is(LineKind.BODY) && text.length() > 2 && (text.charAt(0) == '—' || text.charAt(0) == '–')
				&& Character.isWhitespace(text.charAt(1));
	}

	private static boolean isDashedQuestion(ClassifiedLine line) {
		return (isDashed(line) && line.text().endsWith("?")) || isEmphasizedQuestion(line);
	}

	/**
	 * A question set in italics or bold instead of a dash ("_Где сегодня вербуют?_",
	 * "*Why now?*"), as interviews whose answers open with a dash print it.
	 */
	private static boolean isEmphasizedQuestion(ClassifiedLine line) {
		String text = line.text();
		int last = text.length() - 1;
		if (!line.is(LineKind.BODY) || last < 3 || (text.charAt(0) != '_' && text.charAt(0) != '*')) {
			return false;
		}
		int marks = 0;
		while (marks < 2 && text.charAt(marks) == text.charAt(0)) {
			marks++;
		}
		String mark = text.substring(0, marks);
		return text.endsWith("?" + mark) && text.length() > 2 * marks + 1
				&& text.indexOf(mark, marks) == last - marks + 1;
	}

	/**
	 * On a live page, where the first time stamp comes under a headline and its header
	 * lines, a headline-like line right under a later time stamp heads that entry of the
	 * live blog, not a new item; on a feed, whose first time stamp stands over the first
	 * headline, the headlines stay items.
	 */
	private static void markLiveEntryHeadlines(List<ClassifiedLine> lines) {
		int first = 0;
		while (first < lines.size() && !lines.get(first).is(LineKind.TIMESTAMP)) {
			first++;
		}
		if (first == lines.size() || !isUnderHeadline(lines, first)) {
			return;
		}
		for (int i = first + 1; i < lines.size(); i++) {
			if (lines.get(i).is(LineKind.HEADLINE) && lines.get(i - 1).is(LineKind.TIMESTAMP)) {
				lines.set(i, lines.get(i).as(LineKind.BODY, "headline of a live entry"));
			}
		}
	}

	/**
	 * The last paragraph of a page, short, set apart from the story by removed or link
	 * lines, that names the site whose name and menu head the page ("Eurasianet is an
	 * independent news organization.", "Use of materials of 24.kg is permitted…") is the
	 * site's footer, not an item.
	 */
	private static void markSiteFooter(List<ClassifiedLine> lines) {
		String site = siteName(lines);
		if (site == null) {
			return;
		}
		for (int last = lines.size() - 1; last >= 3; last--) {
			ClassifiedLine footer = lines.get(last);
			if (isRemovedKind(footer.kind()) || footer.is(LineKind.HEADLINE)) {
				continue;
			}
			if (!footer.is(LineKind.BODY) || !isSiteFooter(lines, last, site)) {
				return;
			}
			lines.set(last, footer.as(LineKind.NAVIGATION, "site's footer naming the site"));
		}
	}

	private static boolean isSiteFooter(List<ClassifiedLine> lines, int index, String site) {
		LineKind before = lines.get(index - 1).kind();
		boolean setApart = isRemovedKind(before) || before == LineKind.HEADLINE;
		return setApart && words(lines.get(index).text()) <= FOOTER_MAX_WORDS
				&& namesWord(lines.get(index).text(), site) && hasProseAbove(lines, index - 1);
	}

	/**
	 * The page's last paragraph when it only says that the author reports for the outlet
	 * ("Anna Kim is a correspondent for … covering Central Asia."): a reporter's note,
	 * not a position the story's people hold.
	 */
	private static void markJournalistNote(List<ClassifiedLine> lines) {
		int last = lines.size() - 1;
		while (last > 0 && isRemovedKind(lines.get(last).kind())) {
			last--;
		}
		if (last > 0 && lines.get(last).is(LineKind.BODY)
				&& JOURNALIST_NOTE.matcher(lines.get(last).text()).matches()) {
			lines.set(last, lines.get(last).as(LineKind.NAVIGATION, "reporter's note on the author"));
		}
	}

	/**
	 * A headline-like line that repeats an entry of a menu above it ("В мире" under
	 * "Политика | В мире | Экономика") is the rubric the story is filed under, not a
	 * headline, even when it reads as a phrase.
	 */
	private static void markMenuRubrics(List<ClassifiedLine> lines) {
		Set<String> entries = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			if (line.is(LineKind.NAVIGATION) && NavigationLines.isMenu(line.text())) {
				for (String entry : MENU_SEPARATOR.split(line.text())) {
					entries.add(entry.strip().toLowerCase(Locale.ROOT));
				}
			}
			else if (line.is(LineKind.HEADLINE) && !entries.isEmpty()
					&& entries.contains(line.text().strip().toLowerCase(Locale.ROOT))) {
				lines.set(i, line.as(LineKind.SECTION_LABEL, "rubric named in the page's menu"));
			}
		}
	}

	/**
	 * The page's first line, when a menu follows it and it is no longer than a site's
	 * name, is the site's name even written as a sentence ("THE DAILY HERALD."): a story
	 * never opens above the menu.
	 */
	private static void markSiteNameOverMenu(List<ClassifiedLine> lines) {
		if (lines.size() > 1 && lines.get(0).is(LineKind.BODY) && words(lines.get(0).text()) <= SITE_NAME_MAX_WORDS
				&& isMenuLine(lines.get(1))) {
			lines.set(0, lines.get(0).as(LineKind.NAVIGATION, "site's name over its menu"));
		}
	}

	/**
	 * The first word of the page's first line when a menu follows it ("24.kg news
	 * agency", "euronews."), lower case and without its final dot; null otherwise.
	 */
	private static @Nullable String siteName(List<ClassifiedLine> lines) {
		boolean menuNext = lines.size() > 1 && isMenuLine(lines.get(1));
		boolean menuUnderTagline = lines.size() > 2 && lines.get(1).is(LineKind.HEADLINE) && isMenuLine(lines.get(2));
		if (!menuNext && !menuUnderTagline) {
			return null;
		}
		String first = lines.get(0).text();
		if (words(first) > SITE_NAME_MAX_WORDS) {
			return null;
		}
		Matcher name = CAPITALIZED_SITE_NAME.matcher(first);
		if (name.lookingAt()) {
			return name.group("name").toLowerCase(Locale.ROOT);
		}
		String word = first.split("\\h+")[0].replaceAll("\\.+$", "").toLowerCase(Locale.ROOT);
		return word.length() < SITE_NAME_MIN_LENGTH ? null : word;
	}

	private static boolean isMenuLine(ClassifiedLine line) {
		return line.is(LineKind.NAVIGATION) && NavigationLines.isMenu(line.text());
	}

	private static boolean namesWord(String line, String word) {
		String lower = line.toLowerCase(Locale.ROOT);
		for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
			if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasProseAbove(List<ClassifiedLine> lines, int index) {
		for (int i = index; i >= 0; i--) {
			if (lines.get(i).is(LineKind.BODY) || lines.get(i).is(LineKind.DATELINE)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRemovedKind(LineKind kind) {
		return kind == LineKind.TAGS || kind == LineKind.NAVIGATION || kind == LineKind.CREDIT
				|| kind == LineKind.CAPTION || kind == LineKind.SECTION_LABEL;
	}

	/**
	 * A release's or transcript's long title ("Ответ официального представителя … на
	 * вопрос СМИ в связи с …") is too long to look like a headline, but a line that ends
	 * in no sentence mark, stands right over a date line and has text under that date is
	 * one.
	 */
	private static void markTitlesOverDates(List<ClassifiedLine> lines) {
		for (int i = 0; i + 2 < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			ClassifiedLine next = lines.get(i + 1);
			if (line.is(LineKind.BODY) && next.is(LineKind.METADATA) && next.printedDate() != null
					&& isUntitledProse(lines.get(i + 2)) && isLongTitle(line.text())) {
				lines.set(i, line.as(LineKind.HEADLINE, "long title over its date line"));
			}
		}
	}

	private static boolean isUntitledProse(ClassifiedLine line) {
		return line.is(LineKind.BODY) || line.is(LineKind.QUESTION) || line.is(LineKind.ANSWER)
				|| line.is(LineKind.DATELINE);
	}

	private static boolean isLongTitle(String line) {
		char first = line.charAt(0);
		char last = line.charAt(line.length() - 1);
		return line.length() <= LONG_TITLE_MAX_LENGTH && Character.isUpperCase(first)
				&& ".!?:;,»\"”…".indexOf(last) < 0;
	}

	/**
	 * Under a "Read also" / «Читайте также» / "Table of contents" heading, the
	 * headline-like lines that follow are the list's entries, not headlines.
	 */
	private static void markLinkLists(List<ClassifiedLine> lines) {
		String entry = null;
		for (int i = 0; i < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			Matcher heading = line.text().length() <= NAVIGATION_MAX_LENGTH
					? LIST_HEADING.matcher(NAVIGATION_DECORATION.matcher(line.text()).replaceAll("")) : null;
			if (heading != null && heading.matches()) {
				boolean contents = heading.group("contents") != null;
				lines.set(i,
						line.as(LineKind.NAVIGATION, contents ? CONTENTS_HEADING : "heading of a related-links list"));
				entry = contents ? CONTENTS_ENTRY : "entry of a related-links list";
			}
			else if (entry != null
					&& (line.is(LineKind.NAVIGATION) || (line.is(LineKind.HEADLINE) && !headsAnItem(lines, i)))) {
				lines.set(i, line.as(LineKind.NAVIGATION, entry));
			}
			else if (entry == null || !line.is(LineKind.NAVIGATION)) {
				entry = null;
			}
		}
	}

	/**
	 * A name followed by a position ("Ivan Petrov director of the Centre…") on a
	 * headline-like line right over a date line, under a headline and its deck (or a
	 * section label and a headline), is the author's line.
	 */
	private static void markAuthorLines(List<ClassifiedLine> lines) {
		for (int i = 2; i + 1 < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			if (!line.is(LineKind.HEADLINE) || !lines.get(i + 1).is(LineKind.METADATA)
					|| !lines.get(i - 1).is(LineKind.HEADLINE)
					|| !(lines.get(i - 2).is(LineKind.HEADLINE) || lines.get(i - 2).is(LineKind.SECTION_LABEL))) {
				continue;
			}
			Matcher author = AUTHOR_WITH_POSITION.matcher(line.text());
			if (author.matches()) {
				lines.set(i, new ClassifiedLine(line.text(), LineKind.BYLINE,
						"author's name and position over the date", author.group("name"), null, null));
			}
		}
	}

	/**
	 * A short line between an author's name and the date ("Анна Малинина" / "Обозреватель
	 * «Газеты.Ru»" / "30.11.2026, 08:00") is the author's position: part of the header,
	 * not a headline.
	 */
	private static void markAuthorPositions(List<ClassifiedLine> lines) {
		for (int i = 1; i + 1 < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			ClassifiedLine name = lines.get(i - 1);
			ClassifiedLine date = lines.get(i + 1);
			if (line.is(LineKind.HEADLINE) && name.is(LineKind.HEADLINE) && NAME_LINE.matcher(name.text()).matches()
					&& !NAME_LINE.matcher(line.text()).matches() && date.is(LineKind.METADATA)
					&& date.printedDate() != null && words(line.text()) <= POSITION_MAX_WORDS
					&& !line.text().matches(".*\\d.*")) {
				lines.set(i, line.as(LineKind.METADATA, "author's position between the name and the date"));
			}
		}
	}

	/**
	 * A name alone right over a post's time ("Anna Kim" / "4 December at 19:12 · Osh") is
	 * the post's author, as a social network shows them: a byline, not a headline.
	 */
	private static void markPostAuthors(List<ClassifiedLine> lines) {
		for (int i = 0; i + 1 < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			ClassifiedLine time = lines.get(i + 1);
			Matcher name = NAME_LINE.matcher(line.text());
			if (line.is(LineKind.HEADLINE) && name.matches() && name.group("role") == null && time.is(LineKind.METADATA)
					&& POST_TIME_EVIDENCE.equals(time.evidence())) {
				lines.set(i,
						new ClassifiedLine(line.text(), LineKind.BYLINE, POST_AUTHOR, name.group("name"), null, null));
			}
		}
	}

	/**
	 * A name line under a social network's repost frame and over the post's date ("Anna
	 * Kim shared a post" / "Osh City Police" / "2 December 2026 at 18:45") is the account
	 * whose post was shared: a header line, not the post's headline.
	 */
	private static void markRepostedAccounts(List<ClassifiedLine> lines) {
		for (int i = 1; i + 1 < lines.size(); i++) {
			ClassifiedLine line = lines.get(i);
			ClassifiedLine date = lines.get(i + 1);
			if (line.is(LineKind.HEADLINE) && lines.get(i - 1).is(LineKind.NAVIGATION) && date.is(LineKind.METADATA)
					&& date.printedDate() != null && words(line.text()) <= SITE_NAME_MAX_WORDS
					&& NavigationLines.isRepostFrame(lines.get(i - 1).text())) {
				lines.set(i, line.as(LineKind.NAVIGATION, "account whose post was shared"));
			}
		}
	}

	/**
	 * An outlet's quoted name opening at least two questions («Огонёк»: … ?) is the
	 * interviewer's label: every line it opens is a question. A single such line is a
	 * headline quoting a name («Рубеж»: … ?). Only lines opening with a quotation mark
	 * are tried.
	 */
	private static void markQuotedOutletQuestions(List<ClassifiedLine> lines) {
		Map<String, Integer> questions = new HashMap<>();
		for (ClassifiedLine line : lines) {
			String label = quotedOutletLabel(line);
			if (label != null && line.text().strip().endsWith("?")) {
				questions.merge(label, 1, Integer::sum);
			}
		}
		if (questions.isEmpty()) {
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			String label = quotedOutletLabel(lines.get(i));
			if (label != null && questions.getOrDefault(label, 0) >= QUOTED_OUTLET_MIN_QUESTIONS) {
				lines.set(i, lines.get(i).as(LineKind.QUESTION, OUTLET_LABEL));
			}
		}
	}

	private static @Nullable String quotedOutletLabel(ClassifiedLine line) {
		String text = line.text();
		boolean opensQuoted = !text.isEmpty() && "«\"“".indexOf(text.charAt(0)) >= 0;
		if (!opensQuoted || !(line.is(LineKind.HEADLINE) || line.is(LineKind.BODY))) {
			return null;
		}
		Matcher question = QUESTION.matcher(text);
		return question.lookingAt() && question.end() < text.length() ? question.group("quoted") : null;
	}

	/**
	 * Of the bold labels of an interview ("**TASS:**", "**Petrov:**"), the one that never
	 * asks a question is the interviewee's: its lines are answers, not questions.
	 */
	private static void markAnsweringLabels(List<ClassifiedLine> lines) {
		Set<String> asking = new HashSet<>();
		for (ClassifiedLine line : lines) {
			String outlet = boldLabel(line);
			if (outlet != null && line.text().strip().endsWith("?")) {
				asking.add(outlet);
			}
		}
		if (asking.isEmpty()) {
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			String outlet = boldLabel(lines.get(i));
			if (outlet != null && !asking.contains(outlet)) {
				lines.set(i, new ClassifiedLine(lines.get(i).text(), LineKind.ANSWER,
						"bold label that asks no question", outlet, null, null));
			}
		}
	}

	private static @Nullable String boldLabel(ClassifiedLine line) {
		if (!line.is(LineKind.QUESTION)) {
			return null;
		}
		Matcher question = QUESTION.matcher(line.text());
		String outlet = question.lookingAt() ? question.group("outlet") : null;
		return outlet == null ? null : outlet.replaceAll("[:\\h]+$", "");
	}

	private static boolean headsAnItem(List<ClassifiedLine> lines, int index) {
		if (index + 1 >= lines.size()) {
			return false;
		}
		LineKind next = lines.get(index + 1).kind();
		return next == LineKind.METADATA || next == LineKind.DATE_URL || next == LineKind.DATELINE
				|| next == LineKind.BYLINE || next == LineKind.BODY;
	}

	private static boolean isContents(ClassifiedLine line) {
		return line.is(LineKind.NAVIGATION)
				&& (CONTENTS_HEADING.equals(line.evidence()) || CONTENTS_ENTRY.equals(line.evidence()));
	}

	/**
	 * The name labels that answer after a page's first question. Above that question a
	 * "Name: words" line is an answer only under one of these labels (a spokeswoman's
	 * opening statement); otherwise it is a headline quoting the interviewee.
	 */
	private static Set<String> answeringLabels(List<ClassifiedLine> lines, int firstQuestion) {
		Set<String> labels = new HashSet<>();
		for (int i = firstQuestion + 1; firstQuestion >= 0 && i < lines.size(); i++) {
			ClassifiedLine answer = namedAnswer(lines.get(i));
			if (answer != null) {
				labels.add(answer.label());
			}
		}
		return labels;
	}

	/**
	 * The abbreviated labels that ask a page's questions ("TCA: … Why?"): the
	 * interviewer's, so a remark under one of them ("TCA: Critics say …") is a question
	 * too, never an answer.
	 */
	private static Set<String> askingLabels(List<ClassifiedLine> lines) {
		Set<String> labels = new HashSet<>();
		for (ClassifiedLine line : lines) {
			Matcher question = line.is(LineKind.QUESTION) ? QUESTION.matcher(line.text()) : null;
			if (question != null && question.lookingAt() && question.group("abbreviation") != null) {
				labels.add(question.group("abbreviation"));
			}
		}
		return labels;
	}

	/** Where a page's first question stands, -1 when it asks none. */
	private static int firstQuestion(List<ClassifiedLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).is(LineKind.QUESTION)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * On a page of questions, a line opened by a name and a colon is that person's
	 * answer.
	 */
	private static @Nullable ClassifiedLine namedAnswer(ClassifiedLine line) {
		if (!line.is(LineKind.HEADLINE) && !line.is(LineKind.BODY)) {
			return null;
		}
		Matcher answer = NAMED_ANSWER.matcher(line.text());
		if (!answer.lookingAt() || SECTION_LABEL.matcher(answer.group("label")).matches()) {
			return null;
		}
		return new ClassifiedLine(line.text(), LineKind.ANSWER, "name label on a page of questions",
				answer.group("label"), null, null);
	}

	/**
	 * What a line is by itself; headline-like lines stay HEADLINE until their context
	 * decides.
	 */
	ClassifiedLine classifyAlone(String line) {
		ClassifiedLine header = headerKind(line);
		if (header != null) {
			return header;
		}
		ClassifiedLine removed = removedKind(line);
		if (removed != null) {
			return removed;
		}
		ClassifiedLine labelled = labelledKind(line);
		if (labelled != null) {
			return labelled;
		}
		ClassifiedLine bullet = bulletKind(line);
		if (bullet != null) {
			return bullet;
		}
		ClassifiedLine.Dateline dateline = datelineOf(line);
		if (dateline != null && dateline.end() < line.length()) {
			String evidence = DOTTED_DATELINE.matcher(line).lookingAt() ? DOTTED : "opens with a dateline";
			return new ClassifiedLine(line, LineKind.DATELINE, evidence, null, dateline, null);
		}
		if (dateline != null) {
			return new ClassifiedLine(line, LineKind.METADATA, "dateline on a line of its own", null, null,
					datelineDate(dateline));
		}
		Matcher placeLine = PLACE_LINE.matcher(line);
		if (placeLine.matches()) {
			ClassifiedLine.Dateline place = new ClassifiedLine.Dateline(null, 0, null, line.length(),
					placeLine.group("city"));
			return new ClassifiedLine(line, LineKind.METADATA, "dateline's place and country on a line of their own",
					null, place, null);
		}
		Matcher placeDate = PLACE_DATE.matcher(line);
		if (placeDate.matches()) {
			ClassifiedLine.Dateline written = new ClassifiedLine.Dateline(placeDate.group("month"),
					Integer.parseInt(placeDate.group("day")), placeDate.group("year"), line.length(), null);
			return new ClassifiedLine(line, LineKind.METADATA, "place and date on a line of their own", null, null,
					datelineDate(written));
		}
		if (UNLABELLED_AUTHOR_NOTE.matcher(line).lookingAt()) {
			return ClassifiedLine.of(line, LineKind.BODY, "author note in the column's last paragraph");
		}
		if (isHeadlineShaped(line)) {
			return ClassifiedLine.of(line, LineKind.HEADLINE, "short line shaped like a headline");
		}
		if (isLowerCaseName(line)) {
			return ClassifiedLine.of(line, LineKind.NAVIGATION, "lower-case name with no sentence");
		}
		return ClassifiedLine.of(line, LineKind.BODY, "prose");
	}

	/**
	 * A line of one or two words starting in lower case and ending in no punctuation
	 * ("eurasianet", "lenta.ru"), or one such word with a dot as its logo ("euronews."),
	 * is a site's or channel's name: prose never looks like it.
	 */
	private static boolean isLowerCaseName(String line) {
		if (!Character.isLowerCase(line.charAt(0)) || words(line) > LOWER_CASE_NAME_MAX_WORDS) {
			return false;
		}
		int last = line.length() - 1;
		boolean dottedWord = line.charAt(last) == '.' && last > 0 && Character.isLetter(line.charAt(last - 1))
				&& words(line) == 1;
		return Character.isLetterOrDigit(line.charAt(last)) || dottedWord;
	}

	/**
	 * A bulleted line ("- ", "• "): a sentence is a bulleted paragraph (a digest's item);
	 * a short headline-like entry belongs to a list of links or contents.
	 */
	private static @Nullable ClassifiedLine bulletKind(String line) {
		Matcher bullet = BULLET.matcher(line);
		if (!bullet.lookingAt()) {
			return null;
		}
		String rest = line.substring(bullet.end());
		if (isHeadlineShaped(rest) && "?!".indexOf(rest.charAt(rest.length() - 1)) < 0) {
			return ClassifiedLine.of(line, LineKind.NAVIGATION, "short bulleted entry of a list");
		}
		return new ClassifiedLine(line, LineKind.BULLET, "bulleted paragraph", line.substring(0, bullet.end()), null,
				null);
	}

	private static @Nullable ClassifiedLine removedKind(String line) {
		if (CREDIT_SEARCH.find(line)) {
			return ClassifiedLine.of(line, LineKind.CREDIT, "wire credit line");
		}
		if (line.length() <= NAVIGATION_MAX_LENGTH && isSectionLabel(line)) {
			return ClassifiedLine.of(line, LineKind.SECTION_LABEL, "section label");
		}
		String navigation = navigationEvidence(line);
		if (navigation != null) {
			return ClassifiedLine.of(line, LineKind.NAVIGATION, navigation);
		}
		if (CAPTION_SEARCH.find(line)) {
			return ClassifiedLine.of(line, LineKind.CAPTION, "photo caption or source line");
		}
		if (AUTHOR_NOTE.matcher(line).lookingAt()) {
			return ClassifiedLine.of(line, LineKind.AUTHOR_NOTE, "about-the-author line");
		}
		return null;
	}

	private static boolean isSectionLabel(String line) {
		for (String part : METADATA_SEPARATOR.split(line.strip())) {
			if (!SECTION_LABEL.matcher(part).matches()) {
				return false;
			}
		}
		return true;
	}

	static @Nullable String navigationEvidence(String line) {
		if (NavigationLines.isNavigation(line)) {
			return "navigation by shape";
		}
		if (line.length() > NAVIGATION_MAX_LENGTH) {
			return null;
		}
		String bare = NAVIGATION_DECORATION.matcher(line).replaceAll("");
		if (LINK_LABEL.matcher(bare).matches()) {
			return "navigation label";
		}
		if (SHARING.matcher(bare).matches()) {
			return "sharing line";
		}
		return BREADCRUMB.matcher(bare).matches() ? "breadcrumb" : null;
	}

	private @Nullable ClassifiedLine headerKind(String line) {
		Matcher dateUrl = DATE_URL.matcher(line);
		if (dateUrl.matches()) {
			return new ClassifiedLine(line, LineKind.DATE_URL, "date and URL line", urlOf(dateUrl), null,
					dateUrlDate(dateUrl));
		}
		Matcher tags = LABELLED_TAGS.matcher(line);
		if (tags.matches()) {
			return new ClassifiedLine(line, LineKind.TAGS, "labelled tag line", tags.group("tags"), null, null);
		}
		Matcher hashtags = HASHTAGS.matcher(line);
		if (hashtags.matches()) {
			return new ClassifiedLine(line, LineKind.TAGS, "line of hashtags",
					String.join(", ", line.replace("#", " ").strip().split("\\h+")), null, null);
		}
		if (isTagLine(line)) {
			return new ClassifiedLine(line, LineKind.TAGS, "lower-case comma-separated tags", line, null, null);
		}
		if (line.length() > HEADLINE_MAX_LENGTH) {
			return null;
		}
		Matcher handle = HANDLE_BYLINE.matcher(line);
		if (handle.matches()) {
			return new ClassifiedLine(line, LineKind.BYLINE, POST_AUTHOR, handle.group("name"), null, null);
		}
		Matcher byline = BYLINE.matcher(line);
		if (byline.matches()) {
			return byline.group("staff") != null
					? ClassifiedLine.of(line, LineKind.BYLINE, "byline of a newsroom's staff")
					: new ClassifiedLine(line, LineKind.BYLINE, "byline", byline.group("name"), null, null);
		}
		return metadataKind(line);
	}

	private @Nullable ClassifiedLine metadataKind(String line) {
		if (FORWARD_LABEL.matcher(line).matches()) {
			return ClassifiedLine.of(line, LineKind.METADATA, FORWARD);
		}
		ClassifiedLine simple = simpleMetadataKind(line);
		if (simple != null) {
			return simple;
		}
		if (CATEGORY_LINE.matcher(line).matches()) {
			return ClassifiedLine.of(line, LineKind.METADATA, "category line");
		}
		ClassifiedLine postTime = postTimeKind(line);
		if (postTime != null) {
			return postTime;
		}
		return datedDetailsKind(line);
	}

	/**
	 * A post's time line; only a line with a colon, which its clock holds, is tried.
	 */
	private @Nullable ClassifiedLine postTimeKind(String line) {
		if (line.indexOf(':') < 0) {
			return null;
		}
		Matcher postTime = POST_TIME.matcher(line);
		if (!postTime.matches()) {
			return null;
		}
		return new ClassifiedLine(line, LineKind.METADATA, POST_TIME_EVIDENCE, null, null, postDate(postTime));
	}

	/**
	 * A short line that holds a date (or "3 hours ago") among publication details only:
	 * times, places, labels ("Обновлено:", "Views: 1 204"), an issue number, a quoted
	 * publication name (Еженедельник «Аргументы и Факты» № 49) or a "by" credit; no
	 * sentence.
	 */
	/**
	 * Whether a line holds a digit 0 to 9, which every date token begins with or holds.
	 */
	private static boolean holdsDigit(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	private static @Nullable ClassifiedLine datedDetailsKind(String line) {
		if (line.length() > METADATA_MAX_LENGTH || ".!?".indexOf(line.charAt(line.length() - 1)) >= 0
				|| !holdsDigit(line)) {
			return null;
		}
		Matcher token = DATE_TOKEN.matcher(line);
		StringBuilder rest = new StringBuilder();
		PrintedDate printed = null;
		boolean dated = false;
		int last = 0;
		while (token.find()) {
			rest.append(line, last, token.start()).append('|');
			last = token.end();
			if (token.group("clock") == null) {
				dated = true;
				printed = printed != null ? printed : printedDateOfToken(token);
			}
		}
		rest.append(line, last, line.length());
		if (!dated) {
			return null;
		}
		for (String part : METADATA_PARTS.split(QUOTED_NAME.matcher(withIssueNumbersJoined(rest)).replaceAll("«»"))) {
			if (!isMetadataPart(part.strip())) {
				return null;
			}
		}
		return new ClassifiedLine(line, LineKind.METADATA, "dates among short publication details", null, null,
				printed);
	}

	/**
	 * The details with each issue number joined to its sign; only a line holding "№" or
	 * "No." is searched.
	 */
	private static CharSequence withIssueNumbersJoined(StringBuilder details) {
		if (details.indexOf("№") < 0 && details.indexOf("No.") < 0) {
			return details;
		}
		return ISSUE_NUMBER.matcher(details).replaceAll("");
	}

	private static boolean isMetadataPart(String part) {
		String value = METADATA_LABEL.matcher(part).replaceFirst("");
		if (value.isEmpty()) {
			return true;
		}
		String[] words = value.split("\\h+");
		if (METADATA_BY.matcher(value).find()) {
			return words.length <= METADATA_BY_MAX_WORDS;
		}
		if (words.length > METADATA_PART_MAX_WORDS) {
			return false;
		}
		for (String word : words) {
			if (!METADATA_WORD.matcher(word).matches()) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable PrintedDate printedDateOfToken(Matcher token) {
		if (token.group("numeric") != null) {
			return numericDate(token);
		}
		if (token.group("relative") != null) {
			return null;
		}
		return printedDateOf(token);
	}

	/**
	 * A numeric date, day first ("04/12/2026", "30.11.2026"); month first only when the
	 * day-first reading is no date ("12/24/2026").
	 */
	private static @Nullable PrintedDate numericDate(Matcher token) {
		int year = Integer.parseInt(token.group("numericYear"));
		int first = Integer.parseInt(token.group("numericDay"));
		int second = Integer.parseInt(token.group("numericMonth"));
		LocalDate date = DateExtractor.dateOrNull(year, second, first);
		if (date == null) {
			date = DateExtractor.dateOrNull(year, first, second);
		}
		return date == null ? null : new PrintedDate(date, null);
	}

	/**
	 * A line of dates, publication labels and reading time; only a line holding a digit,
	 * which every date and reading time holds, is split and tried.
	 */
	private @Nullable ClassifiedLine simpleMetadataKind(String line) {
		if (!holdsDigit(line)) {
			return null;
		}
		PrintedDate printed = null;
		boolean dated = false;
		for (String part : METADATA_SEPARATOR.split(line.strip())) {
			Matcher date = DATED.matcher(part);
			if (date.matches()) {
				dated = true;
				printed = printed != null ? printed : printedDateOf(date);
			}
			else if (READING_TIME.matcher(part).matches()) {
				dated = true;
			}
			else if (!METADATA_WORDS.matcher(part).matches()) {
				return null;
			}
		}
		if (!dated) {
			return null;
		}
		return new ClassifiedLine(line, LineKind.METADATA, "date, publication or reading-time line", null, null,
				printed);
	}

	private static @Nullable ClassifiedLine labelledKind(String line) {
		if (TIMESTAMP.matcher(line).matches()) {
			return ClassifiedLine.of(line, LineKind.TIMESTAMP, "time stamp of a live entry");
		}
		Matcher question = QUESTION.matcher(line);
		if (question.lookingAt() && question.end() < line.length() && question.group("quoted") == null) {
			return ClassifiedLine.of(line, LineKind.QUESTION,
					question.group("label") != null ? "question label" : OUTLET_LABEL);
		}
		Matcher answer = ANSWER.matcher(line);
		if (answer.lookingAt() && answer.end() < line.length()) {
			return ClassifiedLine.of(line, LineKind.ANSWER, "answer label");
		}
		if (PRESIDING_TURN.matcher(line).lookingAt()) {
			return ClassifiedLine.of(line, LineKind.QUESTION, "presiding officer's turn in a transcript");
		}
		Matcher initials = INITIALS_TURN.matcher(line);
		if (initials.lookingAt() && initials.end() < line.length()) {
			return new ClassifiedLine(line, LineKind.ANSWER, "transcript label of a surname and initials",
					initials.group("label"), null, null);
		}
		Matcher initialsFirst = INITIALS_FIRST_TURN.matcher(line);
		if (initialsFirst.lookingAt()) {
			return new ClassifiedLine(line, LineKind.ANSWER, "transcript label of initials and a surname",
					initialsFirst.group("label"), null, null);
		}
		if (!holdsColonBeforeQuote(line)) {
			return null;
		}
		Matcher turn = SPEAKER_TURN.matcher(line);
		if (turn.lookingAt() && datelineOf(line) == null) {
			return new ClassifiedLine(line, LineKind.SPEAKER_TURN, "speaker label before a quotation",
					turn.group("label"), null, null);
		}
		return null;
	}

	/**
	 * Whether a colon followed by an opening quotation mark (past horizontal spaces) is
	 * in the line, as every speaker label before a quotation ends.
	 */
	private static boolean holdsColonBeforeQuote(String line) {
		for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
			int next = colon + 1;
			while (next < line.length() && NavigationLines.isHorizontalSpace(line.charAt(next))) {
				next++;
			}
			if (next < line.length() && "\"«“„".indexOf(line.charAt(next)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A headline-like line is a headline when prose follows it, past its metadata block
	 * (byline, dates, reading time, section label, and the navigation between them); a
	 * name under a headline is a byline; anything else headline-like is a link.
	 */
	private ClassifiedLine resolveHeadline(List<ClassifiedLine> lines, int index) {
		ClassifiedLine line = lines.get(index);
		if (isSiteHeader(lines, index)) {
			return line.as(LineKind.NAVIGATION, "site's name or tagline over its menu");
		}
		Matcher name = NAME_LINE.matcher(line.text());
		if (name.matches() && index > 0 && (isUnderHeadline(lines, index) || isUnderStandfirst(lines, index))) {
			return new ClassifiedLine(line.text(), LineKind.BYLINE, "name under a headline", name.group("name"), null,
					null);
		}
		if (isDeck(lines, index) && lines.get(index - 1).is(LineKind.HEADLINE)) {
			return line.as(LineKind.BODY, DECK);
		}
		if (isCategoryBeforeMetadata(lines, index) && (lines.get(index - 1).is(LineKind.HEADLINE)
				|| isOverDatedHeadline(lines, index) || isRubricUnderMenu(lines, index))) {
			return line.as(LineKind.SECTION_LABEL, "category label between a headline and its metadata");
		}
		if (nextIsProse(lines, index)) {
			return line;
		}
		if (isLink(lines, index)) {
			return line.as(LineKind.NAVIGATION, "headline-like line with no prose after it");
		}
		return line.as(LineKind.BODY, "headline-like line inside prose");
	}

	/**
	 * The page's first line over its menu, or over a tagline and the menu, and that
	 * tagline ("UzReport" / "Новости Узбекистана" / "Главная | Лента | …"): the site's
	 * name, never a headline or a byline, whatever its words look like.
	 */
	private static boolean isSiteHeader(List<ClassifiedLine> lines, int index) {
		if (index == 0) {
			return (lines.size() > 1 && isMenuLine(lines.get(1)))
					|| (lines.size() > 2 && lines.get(1).is(LineKind.HEADLINE) && isMenuLine(lines.get(2)));
		}
		return index == 1 && lines.size() > 2 && lines.get(0).is(LineKind.NAVIGATION) && isMenuLine(lines.get(2));
	}

	/**
	 * A short label with no digits right before a metadata line ("Military &amp; Defense"
	 * over the date) is a category label.
	 */
	private static boolean isCategoryBeforeMetadata(List<ClassifiedLine> lines, int index) {
		String text = lines.get(index).text();
		return index > 0 && index + 1 < lines.size() && lines.get(index + 1).is(LineKind.METADATA)
				&& text.split("\\h+").length <= CATEGORY_MAX_WORDS && !text.matches(".*\\d.*");
	}

	/**
	 * A single word right under the page's menu and over the date ("Общество") is the
	 * rubric of a story pasted without its headline: a headline is never one word.
	 */
	private static boolean isRubricUnderMenu(List<ClassifiedLine> lines, int index) {
		String text = lines.get(index).text();
		return (words(text) == 1 || NEWS_RUBRIC.matcher(text).matches()) && isMenuLine(lines.get(index - 1));
	}

	/**
	 * Whether the metadata line under this one is followed by a headline: then a short
	 * label over the date ("Politics" over "24 November 2026, 16:42") is the page's
	 * rubric, not an item.
	 */
	private static boolean isOverDatedHeadline(List<ClassifiedLine> lines, int index) {
		return index + 2 < lines.size() && lines.get(index + 2).is(LineKind.HEADLINE);
	}

	/**
	 * A headline-like line between a headline (a phrase, not a rubric's one word) and an
	 * author line is the deck; so is one between a headline phrase (not the page's first
	 * line, which is the site's name) and the headline's date, byline or author's name,
	 * longer than the headline or, under a kicker, a phrase itself (a rubric's name such
	 * as "Military &amp; Defense" is not).
	 */
	private static boolean isDeck(List<ClassifiedLine> lines, int index) {
		if (index < 1 || index + 1 >= lines.size() || NAME_LINE.matcher(lines.get(index).text()).matches()) {
			return false;
		}
		ClassifiedLine next = lines.get(index + 1);
		if (AUTHOR_LINE.equals(next.evidence())) {
			return isPhrase(lines.get(index - 1).text());
		}
		boolean headerFollows = next.is(LineKind.METADATA) || next.is(LineKind.BYLINE) || next.is(LineKind.DATE_URL)
				|| (next.is(LineKind.HEADLINE) && NAME_LINE.matcher(next.text()).matches());
		String headline = lines.get(index - 1).text();
		String line = lines.get(index).text();
		return headerFollows && index >= 2 && isPhrase(headline) && (words(line) > words(headline) || isPhrase(line));
	}

	/**
	 * Whether a headline-like line reads as a phrase (two words or more, one of them in
	 * lower case) rather than a section's name ("Europe", "Military &amp; Defense").
	 */
	private static boolean isPhrase(String line) {
		String[] words = line.split("\\h+");
		if (words.length < 2) {
			return false;
		}
		for (String word : words) {
			if (Character.isLowerCase(word.charAt(0))) {
				return true;
			}
		}
		return false;
	}

	private static int words(String line) {
		return line.split("\\h+").length;
	}

	/**
	 * Whether a name line stands between a headline's standfirst (the one line of prose
	 * under the headline, with no closing full stop) and the item's date line: the
	 * author's name, as "Headline / standfirst / Anna Kim / 4 Dec 2026" shows it.
	 */
	private static boolean isUnderStandfirst(List<ClassifiedLine> lines, int index) {
		if (index < 2 || index + 1 >= lines.size() || !lines.get(index - 2).is(LineKind.HEADLINE)
				|| !lines.get(index - 1).is(LineKind.BODY) || !lines.get(index + 1).is(LineKind.METADATA)
				|| lines.get(index + 1).printedDate() == null) {
			return false;
		}
		String standfirst = lines.get(index - 1).text();
		return ".!?".indexOf(standfirst.charAt(standfirst.length() - 1)) < 0;
	}

	private static boolean isUnderHeadline(List<ClassifiedLine> lines, int index) {
		for (int i = index - 1; i >= 0; i--) {
			LineKind kind = lines.get(i).kind();
			if (kind == LineKind.HEADLINE || kind == LineKind.DATE_URL) {
				return true;
			}
			if (kind != LineKind.METADATA && kind != LineKind.SECTION_LABEL && kind != LineKind.BYLINE
					&& !DECK.equals(lines.get(i).evidence())) {
				return false;
			}
		}
		return false;
	}

	private boolean nextIsProse(List<ClassifiedLine> lines, int index) {
		boolean inHeader = false;
		for (int i = index + 1; i < lines.size(); i++) {
			ClassifiedLine next = lines.get(i);
			switch (next.kind()) {
				case METADATA, BYLINE, SECTION_LABEL, TAGS -> inHeader = true;
				case NAVIGATION -> {
					if (NavigationLines.isPostHeader(next.text())) {
						return true;
					}
					if (NavigationLines.isRepostFrame(next.text())) {
						return false;
					}
					if (!inHeader && !isContents(next) && !NavigationLines.isNotice(next.text())
							&& !precedesPostHeader(lines, i)) {
						return false;
					}
				}
				case DATELINE, TIMESTAMP, SPEAKER_TURN, QUESTION, ANSWER -> {
					return true;
				}
				case HEADLINE -> {
					boolean byline = NAME_LINE.matcher(next.text()).matches() && (i == index + 1 || inHeader);
					if (!byline && !(i == index + 1 && (isCategoryBeforeMetadata(lines, i) || isDeck(lines, i)))) {
						return false;
					}
					inHeader = true;
				}
				case BODY -> {
					return true;
				}
				case DATE_URL -> {
					if (!inHeader && !isProseAfter(lines, i)) {
						return false;
					}
					inHeader = true;
				}
				default -> {
					return !isHeadlineShaped(next.text());
				}
			}
		}
		return false;
	}

	/**
	 * Whether a date line is followed straight by prose (a dateline or a paragraph): then
	 * the headline-like line above it is a headline with its date, not an op-ed's teaser
	 * (whose date line a quoted title or the author's name follows).
	 */
	private static boolean isProseAfter(List<ClassifiedLine> lines, int dateLine) {
		return dateLine + 1 < lines.size()
				&& (lines.get(dateLine + 1).is(LineKind.DATELINE) || lines.get(dateLine + 1).is(LineKind.BODY));
	}

	/**
	 * Whether the next line is a forum post's header, so that a thread's counter or pager
	 * ("Page 1 of 1 · 5 replies") between the thread's title and its first post does not
	 * make the title a link.
	 */
	private static boolean precedesPostHeader(List<ClassifiedLine> lines, int index) {
		return index + 1 < lines.size() && NavigationLines.isPostHeader(lines.get(index + 1).text());
	}

	/**
	 * A headline-like line that no prose follows (the next line is navigation, another
	 * such line or the end of the page) is a link: a site name, a section label, an entry
	 * of a related-news list; so is a line of capitalized words with no lower-case one
	 * over another headline (a menu without bars: "Политика Экономика Общество Армия"). A
	 * teaser before an op-ed's date line is not.
	 */
	private boolean isLink(List<ClassifiedLine> lines, int index) {
		ClassifiedLine line = lines.get(index);
		if (QuotedSegments.isQuoteMark(line.text().charAt(0))) {
			return false;
		}
		if (index + 1 >= lines.size() || onlyRemovedLinesFollow(lines, index)) {
			return true;
		}
		ClassifiedLine next = lines.get(index + 1);
		if (next.is(LineKind.HEADLINE) && (line.text().split("\\h+").length <= CATEGORY_MAX_WORDS
				|| line.text().contains(" | ") || !isPhrase(line.text()))) {
			return true;
		}
		return next.is(LineKind.NAVIGATION) || next.is(LineKind.SECTION_LABEL) || next.is(LineKind.CREDIT)
				|| (next.is(LineKind.HEADLINE) && !nextIsProse(lines, index + 1)
						&& !isOpEdHeaderAhead(lines, index + 1));
	}

	/**
	 * Whether every line after this one to the end of the page is removed (tags,
	 * navigation, credits, captions, labels): a headline-like line there is a promotion
	 * or a link, never an item.
	 */
	private static boolean onlyRemovedLinesFollow(List<ClassifiedLine> lines, int index) {
		for (int i = index + 1; i < lines.size(); i++) {
			if (!isRemovedKind(lines.get(i).kind())) {
				return false;
			}
		}
		return true;
	}

	private static boolean isOpEdHeaderAhead(List<ClassifiedLine> lines, int index) {
		return index + 1 < lines.size() && lines.get(index + 1).is(LineKind.DATE_URL);
	}

	static boolean isHeadlineShaped(String line) {
		if (line.length() > HEADLINE_MAX_LENGTH || words(withoutRubric(line)) > HEADLINE_MAX_WORDS) {
			return false;
		}
		String withoutClosingQuotes = line.replaceAll("[\"”»“]+$", "");
		if (withoutClosingQuotes.isEmpty()) {
			return false;
		}
		char last = withoutClosingQuotes.charAt(withoutClosingQuotes.length() - 1);
		char first = line.charAt(0);
		boolean opensLikeHeadline = Character.isUpperCase(first) || Character.isDigit(first)
				|| QuotedSegments.isQuoteMark(first);
		return opensLikeHeadline && ".,;:".indexOf(last) < 0;
	}

	/**
	 * A headline without the rubric a site sets before it and a bar ("Interview | …",
	 * «Мнение | …»), so the rubric's words do not make it too long for a headline. Only a
	 * line with a bar near its start is tried.
	 */
	private static String withoutRubric(String line) {
		int bar = line.indexOf('|');
		if (bar < 0 || bar > RUBRIC_MAX_LENGTH) {
			return line;
		}
		Matcher rubric = RUBRIC_PREFIX.matcher(line);
		return rubric.lookingAt() && rubric.end() < line.length() ? line.substring(rubric.end()) : line;
	}

	private static void addUnwrapped(List<String> lines, String line) {
		if (line.isEmpty()) {
			lines.add("");
			return;
		}
		int last = lines.size() - 1;
		if (last >= 0 && continuesSentence(lines.get(last), line)) {
			lines.set(last, lines.get(last) + " " + line);
			return;
		}
		lines.add(line);
	}

	private static boolean continuesSentence(String previous, String line) {
		if (previous.isEmpty() || !Character.isLowerCase(line.charAt(0)) || isTagLine(line)
				|| NavigationLines.isPostHeader(line)) {
			return false;
		}
		char end = previous.charAt(previous.length() - 1);
		return Character.isLetterOrDigit(end) || end == ',';
	}

	static boolean isTagLine(String line) {
		if (countOf(',', line) < 2 || !line.equals(line.toLowerCase(Locale.ROOT)) || line.endsWith(".")) {
			return false;
		}
		String[] parts = line.split(",");
		if (parts.length < 3) {
			return false;
		}
		for (String part : parts) {
			if (part.isBlank() || part.strip().split("\\h+").length > 4) {
				return false;
			}
		}
		return true;
	}

	private static int countOf(char wanted, String line) {
		int count = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == wanted) {
				count++;
			}
		}
		return count;
	}

	/** Where a question's label ("Q:", "**AzerNews:**") ends, or 0 for no label. */
	static int questionLabelEnd(String line) {
		Matcher question = QUESTION.matcher(line);
		return question.lookingAt() ? question.end() : 0;
	}

	static ClassifiedLine.@Nullable Dateline datelineOf(String line) {
		Matcher english = ENGLISH_DATELINE.matcher(line);
		if (english.lookingAt()) {
			return new ClassifiedLine.Dateline(firstOf(english, "month", "monthAfter"),
					Integer.parseInt(firstOf(english, "day", "dayFirst")), english.group("year"), english.end(),
					english.group("city"));
		}
		Matcher russian = RUSSIAN_DATELINE.matcher(line);
		if (russian.lookingAt()) {
			return new ClassifiedLine.Dateline(russian.group("month"), Integer.parseInt(russian.group("day")),
					russian.group("year"), russian.end(), russian.group("city"));
		}
		Matcher dotted = DOTTED_DATELINE.matcher(line);
		if (dotted.lookingAt()) {
			return new ClassifiedLine.Dateline(dotted.group("month"), Integer.parseInt(dotted.group("day")), null,
					dotted.end(), dotted.group("city"));
		}
		Matcher undated = UNDATED_DATELINE.matcher(line);
		if (!undated.lookingAt()
				|| (undated.group("capitalCity") != null && !isSentence(line.substring(undated.end())))) {
			return null;
		}
		String city = undated.group("city") != null ? undated.group("city") : undated.group("capitalCity");
		return new ClassifiedLine.Dateline(null, 0, null, undated.end(), city);
	}

	/** After a capital-letter place name and a dash, a sentence; not a site's tagline. */
	private static boolean isSentence(String rest) {
		return rest.split("\\h+").length >= CAPITAL_DATELINE_MIN_WORDS || rest.matches(".*[.!?»\"”]$");
	}

	/**
	 * The date a dateline prints: its own year, or the publication date's when it has
	 * none.
	 */
	@Nullable PrintedDate datelineDate(ClassifiedLine.Dateline dateline) {
		if (dateline.month() == null) {
			return null;
		}
		Integer month = monthNumber(dateline.month());
		LocalDate date = dateline.year() != null && month != null
				? DateExtractor.dateOrNull(Integer.parseInt(dateline.year()), month, dateline.day())
				: DateExtractor.dayOfMonthNear(dateline.day(), monthName(dateline.month()), this.publishedAt);
		return date == null ? null : new PrintedDate(date, null);
	}

	/** The date of a post's time, in the year of the publication date nearest to it. */
	private @Nullable PrintedDate postDate(Matcher postTime) {
		String day = postTime.group("day") != null ? postTime.group("day") : postTime.group("dayAfter");
		String month = postTime.group("month") != null ? postTime.group("month") : postTime.group("monthFirst");
		LocalDate date = DateExtractor.dayOfMonthNear(Integer.parseInt(day), monthName(month), this.publishedAt);
		return date == null ? null : new PrintedDate(date, null);
	}

	private static @Nullable Integer monthNumber(String month) {
		return DateExtractor.monthNumber(monthName(month));
	}

	/** A month as {@link DateExtractor} knows it: English abbreviations take a dot. */
	private static String monthName(String month) {
		String lower = month.toLowerCase(Locale.ROOT);
		boolean abbreviatedEnglish = lower.length() <= 4 && !lower.endsWith(".") && lower.matches("[a-z]+")
				&& !lower.equals("may");
		return abbreviatedEnglish ? lower + "." : lower;
	}

	private static @Nullable PrintedDate printedDateOf(Matcher date) {
		String day = firstOf(date, "day", "dayAfter", "dashedDay");
		String month = firstOf(date, "month", "monthFirst", "dashedMonth");
		String year = firstOf(date, "year", "yearAfter", "dashedYear");
		Integer monthNumber = monthNumber(month);
		if (monthNumber == null) {
			return null;
		}
		LocalDate local = DateExtractor.dateOrNull(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
		if (local == null) {
			return null;
		}
		LocalTime time = date.group("hour") == null ? null
				: timeOrNull(hourOfDay(Integer.parseInt(date.group("hour")), date.group("meridiem")),
						Integer.parseInt(date.group("minute")), 0);
		return new PrintedDate(local, time);
	}

	/** A clock hour on the 24-hour clock: "06:45pm" is 18:45, "12:10am" is 00:10. */
	private static int hourOfDay(int hour, @Nullable String meridiem) {
		if (meridiem == null || hour > 12) {
			return hour;
		}
		boolean afternoon = Character.toLowerCase(meridiem.charAt(0)) == 'p';
		return (hour % 12) + (afternoon ? 12 : 0);
	}

	/** The first of a date's alternative groups that matched. */
	private static String firstOf(Matcher date, String... groups) {
		for (String group : groups) {
			if (date.group(group) != null) {
				return date.group(group);
			}
		}
		throw new IllegalStateException("no date group matched");
	}

	private static @Nullable String urlOf(Matcher dateUrl) {
		return dateUrl.group("url") != null ? dateUrl.group("url") : dateUrl.group("datedUrl");
	}

	private static @Nullable PrintedDate dateUrlDate(Matcher dateUrl) {
		if (dateUrl.group("day") == null) {
			return null;
		}
		LocalDate date = DateExtractor.dateOrNull(Integer.parseInt(dateUrl.group("year")),
				Integer.parseInt(dateUrl.group("month")), Integer.parseInt(dateUrl.group("day")));
		if (date == null) {
			return null;
		}
		LocalTime time = dateUrl.group("hour") == null ? null
				: timeOrNull(Integer.parseInt(dateUrl.group("hour")), Integer.parseInt(dateUrl.group("minute")),
						dateUrl.group("second") == null ? 0 : Integer.parseInt(dateUrl.group("second")));
		return new PrintedDate(date, time);
	}

	private static @Nullable LocalTime timeOrNull(int hour, int minute, int second) {
		if (hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		return LocalTime.of(hour, minute, second);
	}

}
