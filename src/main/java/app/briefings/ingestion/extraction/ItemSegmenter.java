package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Cuts a page into its items and strips what is not prose. A page may hold loose short
 * news paragraphs, wire items opened by a dateline ("MOSCOW, April 3 (Reuters) -",
 * "МОСКВА, 3 апреля. /ТАСС/."), items under headlines, and op-eds whose teaser is
 * followed by a date/URL block, a quoted title, the author, an author note and a tag
 * line. Navigation and sharing links, photo captions and the metadata lines never reach
 * an item's body.
 */
final class ItemSegmenter {

	private static final Pattern NAVIGATION = Pattern
		.compile("(?iu)^(?:go back|back|back to the section|back to the all news"
				+ "|back to all news|back to news|all news|share|share this|print|print version|subscribe|read more|read also"
				+ "|related news|назад|вернуться|вернуться назад|вернуться в раздел|вернуться к списку новостей|к списку новостей"
				+ "|все новости|поделиться|версия для печати|распечатать|печать|подписаться|читайте также|читать далее"
				+ "|читать также|главная|новости|лента новостей)$");

	private static final String SOCIAL = "(?:facebook|twitter|telegram|whatsapp|vk|вконтакте|одноклассники|ok|x|email|e-mail|print|linkedin)";

	private static final Pattern SHARING = Pattern
		.compile("(?iu)^(?:share|поделиться)(?:\\h+(?:on|via|in|в))?\\h*:?(?:\\h*" + SOCIAL + "[\\h,|·/]*)+$|^(?:"
				+ SOCIAL + "[\\h,|·/]*){2,}$");

	private static final Pattern CAPTION = Pattern.compile(
			"(?iu)\\b(?:photo|фото)\\h+(?:is\\h+)?(?:from|by|courtesy|с\\h+сайта)\\b[^.!?]*$|^(?:photo|фото)\\h*[:：]"
					+ "|^(?:reporting|writing|editing|additional reporting) by\\b|^(?:фото|источник|редактор)\\h*:");

	private static final Pattern DATE_URL = Pattern.compile(
			"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\h+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?:\\h+(https?://\\S+))?$|^(https?://\\S+)$");

	private static final Pattern ABOUT_AUTHOR = Pattern.compile("(?iu)^(?:about the author|об авторе)\\h*:");

	private static final Pattern LABELLED_TAGS = Pattern.compile("(?iu)^(?:tags|теги|ключевые слова)\\h*:\\h*(.+)$");

	private static final Pattern BYLINE = Pattern
		.compile("(?u)^(?:By|Автор|Author)\\h*:?\\h+(\\p{Lu}[\\p{L}'’.-]+(?:\\h+\\p{Lu}[\\p{L}'’.-]+){1,2})$");

	private static final Pattern PERSON_NAME = Pattern
		.compile("(?u)^\\p{Lu}[\\p{L}'’.-]+(?:\\h+\\p{Lu}[\\p{L}'’.-]+){1,2}$");

	private static final Pattern QUOTED_LINE = Pattern.compile("^[\"“«„](.+)[\"”»“]$");

	private static final Pattern ENGLISH_DATELINE = Pattern
		.compile("^(\\p{Lu}[\\p{Lu} .'-]{1,30}),\\h+" + DateExtractor.EN_MONTH
				+ "\\h+(\\d{1,2})(?:,\\h+(\\d{4}))?\\h*(?:\\(([^)]{2,40})\\)\\h*|/([^/]{2,40})/\\.?\\h*)?[-–—]+\\h*");

	private static final Pattern RUSSIAN_DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu} .-]{1,30}),\\h+(\\d{1,2})\\h+"
			+ DateExtractor.RU_MONTH_DATELINE + "(?:\\h+(\\d{4})\\h*(?:г\\.|года)?)?(?:\\.\\h*(?:/([^/]{2,40})/\\.?)?"
			+ "|\\h*[-–—]\\h*(\\p{Lu}[\\p{L}-]*(?:\\h+\\p{Lu}[\\p{L}-]*){0,2})\\.)\\h*[-–—]?\\h*");

	private static final Pattern UNDATED_DATELINE = Pattern
		.compile("^(\\p{Lu}[\\p{Lu} .'-]{1,30})\\h*(?:\\(([^)]{2,40})\\)|/([^/]{2,40})/\\.?)\\h*[-–—]+\\h*");

	private static final Pattern NAVIGATION_DECORATION = Pattern.compile("^[\\h←→<>«»|•·]+|[\\h←→<>«»|•·.]+$");

	private static final Pattern CONTINUATION = Pattern
		.compile("^(?:[\"“«„]|(?:He|She|They|His|Her|Their|The general|The minister|"
				+ "The secretary general|The official|The diplomat|The spokes(?:man|woman|person)|Он|Она|Они|По его словам|"
				+ "По ее словам|По её словам|Кроме того|Также)\\b)");

	private static final int NAVIGATION_MAX_LENGTH = 100;

	private static final int HEADLINE_MAX_WORDS = 16;

	private static final int HEADLINE_MAX_LENGTH = 200;

	List<SegmentedItem> segment(String text, @Nullable LocalDate publishedAt) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n")) {
			Checkpoints.check(lines.size());
			addUnwrapped(lines, line.strip());
		}
		lines.removeIf(String::isEmpty);
		PageReader reader = new PageReader(lines, publishedAt);
		for (int i = 0; i < lines.size(); i++) {
			Checkpoints.check(i);
			reader.read(i);
		}
		return reader.finish();
	}

	/**
	 * Adds a line, or joins it to the previous one when a paragraph was hard-wrapped
	 * mid-sentence.
	 */
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
		if (previous.isEmpty() || !Character.isLowerCase(line.charAt(0)) || isTagLine(line)) {
			return false;
		}
		char end = previous.charAt(previous.length() - 1);
		return Character.isLetterOrDigit(end) || end == ',';
	}

	static boolean isNavigation(String line) {
		if (NavigationLines.isNavigation(line)) {
			return true;
		}
		if (line.length() > NAVIGATION_MAX_LENGTH) {
			return false;
		}
		String bare = NAVIGATION_DECORATION.matcher(line).replaceAll("");
		return NAVIGATION.matcher(bare).matches() || SHARING.matcher(bare).matches();
	}

	/** Walks a page's lines once, keeping the item being built. */
	private static final class PageReader {

		private final List<String> lines;

		private final @Nullable LocalDate publishedAt;

		private final List<SegmentedItem> items = new ArrayList<>();

		private @Nullable ItemDraft current;

		private int looseLine = -1;

		private @Nullable ItemDraft lastLoose;

		PageReader(List<String> lines, @Nullable LocalDate publishedAt) {
			this.lines = lines;
			this.publishedAt = publishedAt;
		}

		void read(int index) {
			String line = this.lines.get(index);
			if (isNavigation(line)) {
				close();
				return;
			}
			if (CAPTION.matcher(line).find() || ABOUT_AUTHOR.matcher(line).find()) {
				return;
			}
			if (readMetadata(index, line)) {
				return;
			}
			readProse(index, line);
		}

		private boolean readMetadata(int index, String line) {
			Matcher dateUrl = DATE_URL.matcher(line);
			if (dateUrl.matches()) {
				dateBlock(index, dateUrl);
				return true;
			}
			Matcher tags = LABELLED_TAGS.matcher(line);
			if (this.current != null && (tags.matches() || isTagLine(line))) {
				this.current.tags = splitTags(tags.matches() ? tags.group(1) : line);
				return true;
			}
			Matcher byline = BYLINE.matcher(line);
			if (this.current != null && byline.matches()) {
				this.current.author = byline.group(1);
				return true;
			}
			return this.current != null && this.current.inMetadata && readOpEdHeader(line);
		}

		private boolean readOpEdHeader(String line) {
			Matcher quoted = QUOTED_LINE.matcher(line);
			if (this.current.title == null && quoted.matches()) {
				this.current.title = quoted.group(1).strip();
				return true;
			}
			if (this.current.author == null && PERSON_NAME.matcher(line).matches()) {
				this.current.author = line;
				return true;
			}
			return false;
		}

		private void dateBlock(int index, Matcher dateUrl) {
			if (this.current == null || !this.current.inMetadata) {
				startOpEd(index);
			}
			ItemDraft draft = this.current;
			if (dateUrl.group(8) != null || dateUrl.group(7) != null) {
				draft.url = dateUrl.group(8) != null ? dateUrl.group(8) : dateUrl.group(7);
			}
			if (dateUrl.group(1) == null) {
				return;
			}
			LocalDate date = DateExtractor.dateOrNull(Integer.parseInt(dateUrl.group(3)),
					Integer.parseInt(dateUrl.group(2)), Integer.parseInt(dateUrl.group(1)));
			LocalTime time = timeOf(dateUrl);
			if (date != null && (draft.printedDate == null || time != null)) {
				draft.printedDate = new PrintedDate(date, time);
			}
		}

		private static @Nullable LocalTime timeOf(Matcher dateUrl) {
			if (dateUrl.group(4) == null) {
				return null;
			}
			int seconds = dateUrl.group(6) == null ? 0 : Integer.parseInt(dateUrl.group(6));
			return LocalTime.of(Integer.parseInt(dateUrl.group(4)), Integer.parseInt(dateUrl.group(5)), seconds);
		}

		private void startOpEd(int index) {
			if (this.current != null && this.current.paragraphs.isEmpty()) {
				this.current.inMetadata = true;
				return;
			}
			String teaser = takeTeaser(index);
			close();
			this.current = new ItemDraft();
			this.current.inMetadata = true;
			if (teaser != null) {
				this.current.summary = teaser;
				this.current.paragraphs.add(teaser);
			}
		}

		private @Nullable String takeTeaser(int index) {
			if (this.current != null || this.looseLine != index - 1 || this.items.isEmpty()) {
				return null;
			}
			this.items.remove(this.items.size() - 1);
			return this.lines.get(index - 1);
		}

		private void readProse(int index, String line) {
			Dateline dateline = datelineOf(line);
			if (dateline != null) {
				startWireItem(dateline, line);
				return;
			}
			if (isHeadline(line) && nextIsProse(index) && !isInsideOpEd()) {
				close();
				this.current = new ItemDraft();
				this.current.title = stripQuotes(line);
				return;
			}
			if (isLinkLine(index, line)) {
				close();
				return;
			}
			if (this.current == null) {
				readLooseParagraph(index, line);
				return;
			}
			this.current.paragraphs.add(line);
			this.current.inMetadata = false;
		}

		/**
		 * A paragraph outside any headed item is an item of its own, unless it carries on
		 * the loose item just before it: a quotation or a sentence about the same speaker
		 * ("He added…").
		 */
		private void readLooseParagraph(int index, String line) {
			if (this.lastLoose != null && this.looseLine == index - 1 && CONTINUATION.matcher(line).find()) {
				this.items.remove(this.items.size() - 1);
				this.current = this.lastLoose;
			}
			else {
				this.current = new ItemDraft();
			}
			this.current.paragraphs.add(line);
			this.lastLoose = this.current;
			close();
			this.looseLine = index;
		}

		private boolean isInsideOpEd() {
			return this.current != null && this.current.summary != null && !this.current.paragraphs.isEmpty();
		}

		private void startWireItem(Dateline dateline, String line) {
			if (this.current == null || !this.current.paragraphs.isEmpty()) {
				close();
				this.current = new ItemDraft();
			}
			this.current.inMetadata = false;
			this.current.printedDate = datelineDate(dateline);
			this.current.paragraphs.add(line.substring(dateline.end()));
		}

		private @Nullable PrintedDate datelineDate(Dateline dateline) {
			if (dateline.month() == null) {
				return null;
			}
			Integer month = DateExtractor.monthNumber(dateline.month());
			LocalDate date = dateline.year() != null && month != null
					? DateExtractor.dateOrNull(Integer.parseInt(dateline.year()), month, dateline.day())
					: DateExtractor.dayOfMonthNear(dateline.day(), dateline.month(), this.publishedAt);
			return date == null ? null : new PrintedDate(date, null);
		}

		/**
		 * A headline-like line that no prose follows (the next line is navigation,
		 * another such line or the end of the page) is a link: a site name, a section
		 * label, an entry of a related-news list. A teaser before an op-ed's date line is
		 * not.
		 */
		private boolean isLinkLine(int index, String line) {
			if (!isHeadline(line) || QuotedSegments.isQuoteMark(line.charAt(0))) {
				return false;
			}
			if (index + 1 >= this.lines.size()) {
				return true;
			}
			String next = this.lines.get(index + 1);
			return isNavigation(next) || (isHeadline(next) && !DATE_URL.matcher(next).matches()
					&& datelineOf(next) == null && !nextIsProse(index + 1) && !isOpEdHeaderAhead(index + 1));
		}

		private boolean isOpEdHeaderAhead(int index) {
			return index + 1 < this.lines.size() && DATE_URL.matcher(this.lines.get(index + 1)).matches();
		}

		private boolean nextIsProse(int index) {
			if (index + 1 >= this.lines.size()) {
				return false;
			}
			String next = this.lines.get(index + 1);
			if (datelineOf(next) != null) {
				return true;
			}
			return !isNavigation(next) && !DATE_URL.matcher(next).matches() && !isHeadline(next);
		}

		private void close() {
			if (this.current != null && !this.current.paragraphs.isEmpty()) {
				this.items.add(this.current.toItem());
			}
			this.current = null;
		}

		List<SegmentedItem> finish() {
			close();
			return this.items;
		}

	}

	private static @Nullable Dateline datelineOf(String line) {
		Matcher english = ENGLISH_DATELINE.matcher(line);
		if (english.lookingAt()) {
			return Dateline.english(english);
		}
		Matcher russian = RUSSIAN_DATELINE.matcher(line);
		if (russian.lookingAt()) {
			return Dateline.russian(russian);
		}
		Matcher undated = UNDATED_DATELINE.matcher(line);
		return undated.lookingAt() ? new Dateline(null, 0, null, undated.end()) : null;
	}

	static boolean isHeadline(String line) {
		if (line.length() > HEADLINE_MAX_LENGTH || line.split("\\h+").length > HEADLINE_MAX_WORDS) {
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

	private static boolean isTagLine(String line) {
		if (!line.equals(line.toLowerCase(Locale.ROOT)) || line.endsWith(".")) {
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

	private static List<String> splitTags(String line) {
		List<String> tags = new ArrayList<>();
		for (String part : line.split("[,;]")) {
			if (!part.isBlank()) {
				tags.add(part.strip());
			}
		}
		return tags;
	}

	private static String stripQuotes(String line) {
		Matcher quoted = QUOTED_LINE.matcher(line);
		return quoted.matches() ? quoted.group(1).strip() : line;
	}

	/**
	 * The place-and-date opening of a wire item, and where the item's prose begins after
	 * it.
	 */
	private record Dateline(@Nullable String month, int day, @Nullable String year, int end) {

		static Dateline english(Matcher matcher) {
			return new Dateline(matcher.group(2), Integer.parseInt(matcher.group(3)), matcher.group(4), matcher.end());
		}

		static Dateline russian(Matcher matcher) {
			return new Dateline(matcher.group(3), Integer.parseInt(matcher.group(2)), matcher.group(4), matcher.end());
		}

	}

	/** The parts of an item collected so far. */
	private static final class ItemDraft {

		@Nullable String title;

		@Nullable String summary;

		@Nullable PrintedDate printedDate;

		@Nullable String url;

		@Nullable String author;

		List<String> tags = List.of();

		final List<String> paragraphs = new ArrayList<>();

		boolean inMetadata;

		SegmentedItem toItem() {
			return new SegmentedItem(this.title, String.join("\n\n", this.paragraphs), this.summary, this.printedDate,
					this.url, this.author, this.tags);
		}

	}

}
