package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Assembles a page's items from its classified lines. The rules: a headline (with the
 * metadata under it) starts an item; a dateline starts an item unless it opens the first
 * paragraph of a headed item (an agency's dotted dateline, «Москва. 4 декабря.
 * INTERFAX.RU -», then stays in that paragraph, where the place it names is read); time
 * stamps, speaker turns, questions, answers and bylines stay inside the current item; an
 * op-ed's date/URL line opens an op-ed whose teaser is the loose paragraph before it; a
 * paragraph outside any item is an item of its own unless it carries on the one before it
 * ("He added…", a quotation). Every line ends up in an item's title or body, or in the
 * removed lines with its kind. A date line right under a headed item's byline is that
 * item's date; a byline under the one or two loose paragraphs that open a page makes them
 * its title and standfirst.
 */
final class ItemGrammar {

	private static final Pattern AUTHOR_NOTE = Pattern.compile("(?iu)^(?:about the author|об авторе)\\h*:\\h*");

	private static final Pattern QUOTED_LINE = Pattern.compile("^[\"“«„](?<inner>.+)[\"”»“]$");

	private static final Pattern PERSON_NAME = Pattern
		.compile("(?u)^\\p{Lu}[\\p{L}'’.-]+(?:\\h+\\p{Lu}[\\p{L}'’.-]+){1,2}$");

	private static final Pattern CONTINUATION = Pattern
		.compile("^(?:[\"“«„]|(?:He|She|They|His|Her|Their|The general|The minister|"
				+ "The secretary general|The official|The diplomat|The spokes(?:man|woman|person)|Он|Она|Они|По его словам|"
				+ "По ее словам|По её словам|Кроме того|Также)\\b)");

	private static final int DIGEST_BLURB_MAX_WORDS = 20;

	private static final int TITLE_MAX_WORDS = 24;

	private ItemGrammar() {
	}

	static Page assemble(String text, @Nullable LocalDate publishedAt) {
		LayoutClassifier classifier = new LayoutClassifier(publishedAt);
		List<ClassifiedLine> lines = classifier.classify(LayoutClassifier.lines(text));
		PageReader reader = new PageReader(lines, classifier);
		for (int i = 0; i < lines.size(); i++) {
			Checkpoints.check();
			reader.read(i);
		}
		return reader.finish();
	}

	/**
	 * A page cut into items, with the lines that went into none of them.
	 */
	record Page(List<SegmentedItem> items, List<RemovedLine> removed) {

		Page {
			items = List.copyOf(items);
			removed = List.copyOf(removed);
		}

	}

	/** Walks a page's classified lines once, keeping the item being built. */
	private static final class PageReader {

		private final List<ClassifiedLine> lines;

		private final LayoutClassifier classifier;

		private final List<SegmentedItem> items = new ArrayList<>();

		private final List<RemovedLine> removed = new ArrayList<>();

		private @Nullable ItemDraft current;

		private int looseLine = -1;

		private @Nullable ItemDraft lastLoose;

		private @Nullable ItemDraft lastClosed;

		PageReader(List<ClassifiedLine> lines, LayoutClassifier classifier) {
			this.lines = lines;
			this.classifier = classifier;
		}

		void read(int index) {
			ClassifiedLine line = this.lines.get(index);
			switch (line.kind()) {
				case NAVIGATION -> navigation(index, line);
				case SECTION_LABEL, CREDIT, CAPTION -> remove(line);
				case AUTHOR_NOTE -> authorNote(line);
				case DATE_URL -> dateBlock(index, line);
				case TAGS -> metadata(line);
				case METADATA -> datedMetadata(index, line);
				case BYLINE -> byline(index, line);
				case DATELINE -> dateline(index, line);
				case TIMESTAMP, SPEAKER_TURN, QUESTION, ANSWER -> labelled(index, line);
				case BULLET -> bullet(index, line);
				case HEADLINE -> headline(index, line);
				case BODY -> body(index, line);
			}
		}

		private void remove(ClassifiedLine line) {
			this.removed.add(new RemovedLine(line.text(), line.kind(), line.evidence()));
		}

		/**
		 * An author note's label is removed; what it says about the author goes at the
		 * end of the item's body, where the author's name and position are read like
		 * prose.
		 */
		private void authorNote(ClassifiedLine line) {
			Matcher note = AUTHOR_NOTE.matcher(line.text());
			ItemDraft draft = this.current != null ? this.current : this.lastClosed;
			if (draft == null || !note.lookingAt() || note.end() >= line.text().length()) {
				remove(line);
				return;
			}
			this.removed.add(new RemovedLine(line.text().substring(0, note.end()).strip(), LineKind.AUTHOR_NOTE,
					line.evidence()));
			draft.authorNote = line.text().substring(note.end()).strip();
			if (draft == this.lastClosed) {
				this.items.set(this.items.size() - 1, draft.toItem());
			}
		}

		private void navigation(int index, ClassifiedLine line) {
			if (this.current != null && this.current.inMetadata && readOpEdHeader(line.text())) {
				return;
			}
			remove(line);
			if (isInsertion(index, line)) {
				return;
			}
			if (this.current == null || (!this.current.paragraphs.isEmpty() && !isInHeaderUnderStandfirst(index))) {
				close();
			}
		}

		/**
		 * Whether a navigation line stands in a headed item's header under its standfirst
		 * (headline, standfirst, "By …", date, "Share"): the story goes on after it.
		 */
		private boolean isInHeaderUnderStandfirst(int index) {
			ItemDraft draft = this.current;
			if (draft == null || draft.title == null || draft.paragraphs.size() != 1) {
				return false;
			}
			int i = index - 1;
			while (i > 0 && (this.lines.get(i).is(LineKind.NAVIGATION) || this.lines.get(i).is(LineKind.METADATA))) {
				i--;
			}
			return i > 0 && this.lines.get(i).is(LineKind.BYLINE) && this.lines.get(i - 1).is(LineKind.BODY);
		}

		/**
		 * Whether a removed line sits inside a story that goes on after it: an
		 * advertising slot, or a table of figures with its header row.
		 */
		private boolean isInsertion(int index, ClassifiedLine line) {
			if (this.current == null || this.current.paragraphs.isEmpty()) {
				return false;
			}
			return NavigationLines.isInsertion(line.text()) || NavigationLines.isTableRow(line.text())
					|| (index + 1 < this.lines.size() && NavigationLines.isMenu(line.text())
							&& NavigationLines.isTableRow(this.lines.get(index + 1).text()));
		}

		private void metadata(ClassifiedLine line) {
			remove(line);
			if (line.is(LineKind.TAGS) && this.current == null && this.lastClosed != null) {
				this.lastClosed.tags = splitTags(line.label());
				this.items.set(this.items.size() - 1, this.lastClosed.toItem());
				return;
			}
			if (this.current == null && this.items.isEmpty()
					&& (line.printedDate() != null || LayoutClassifier.FORWARD.equals(line.evidence())
							|| LayoutClassifier.POST_AUTHOR.equals(line.evidence()))) {
				this.current = new ItemDraft();
				this.current.inMetadata = true;
				this.current.post = LayoutClassifier.POST_AUTHOR.equals(line.evidence());
			}
			ItemDraft draft = this.current;
			if (draft == null) {
				return;
			}
			if (line.is(LineKind.TAGS)) {
				draft.tags = splitTags(line.label());
			}
			else if (line.is(LineKind.BYLINE)) {
				draft.author = line.label();
				if (hasPosition(line) && !line.text().regionMatches(true, 0, "By", 0, 2) && !draft.post) {
					draft.authorNote = line.text();
				}
			}
			else if (line.dateline() != null && draft.datelinePlace == null) {
				draft.datelinePlace = line.dateline().place();
			}
			else if (draft.printedDate == null && (draft.paragraphs.isEmpty() || draft.inMetadata || draft.post)) {
				draft.printedDate = line.printedDate();
			}
		}

		/**
		 * Whether a byline says more than its label and the author's name («Автор: Иван
		 * Петров, депутат Госдумы»): the position is read like prose.
		 */
		private static boolean hasPosition(ClassifiedLine byline) {
			String name = byline.label();
			if (name == null) {
				return false;
			}
			int at = byline.text().indexOf(name);
			return at >= 0 && !byline.text().substring(at + name.length()).isBlank();
		}

		/**
		 * A byline under the loose paragraphs that open a page (a title ending in a full
		 * stop, and its standfirst) makes them the header of the item it opens.
		 */
		private void byline(int index, ClassifiedLine line) {
			if (this.current == null && isPageHeaderAbove(index)) {
				takePageHeader();
			}
			metadata(line);
		}

		/**
		 * A date line under the one loose paragraph that opens a page (a transcript's
		 * long title, over its place and date) makes it the title of the item it opens.
		 */
		private void datedMetadata(int index, ClassifiedLine line) {
			if (this.current == null && line.printedDate() != null && this.items.size() == 1
					&& isPageHeaderAbove(index)) {
				takePageHeader();
			}
			if (isDateAfterRemovedLine(index, line)) {
				this.current = new ItemDraft();
				this.current.inMetadata = true;
			}
			if (isUnderStandfirst(index) && line.printedDate() != null) {
				this.current.printedDate = line.printedDate();
			}
			metadata(line);
		}

		/**
		 * Whether a date line outside any item follows a navigation line (a channel
		 * post's view counter, a share line): it opens the next headless item, whose
		 * paragraphs then stay together as the first item's do under the page's date.
		 */
		private boolean isDateAfterRemovedLine(int index, ClassifiedLine line) {
			return this.current == null && !this.items.isEmpty() && line.printedDate() != null && index > 0
					&& this.lines.get(index - 1).is(LineKind.NAVIGATION);
		}

		/**
		 * Whether the line stands right under a headed item's standfirst, its only
		 * paragraph so far, or under the byline after it (headline, standfirst, "By …",
		 * date): a date there is the item's, as in an op-ed's header.
		 */
		private boolean isUnderStandfirst(int index) {
			ItemDraft draft = this.current;
			if (draft == null || draft.title == null || draft.printedDate != null || draft.paragraphs.size() != 1) {
				return false;
			}
			LineKind above = this.lines.get(index - 1).kind();
			return above == LineKind.BODY
					|| (above == LineKind.BYLINE && index > 1 && this.lines.get(index - 2).is(LineKind.BODY));
		}

		private void takePageHeader() {
			ItemDraft header = new ItemDraft();
			header.title = this.items.get(0).body();
			if (this.items.size() == 2) {
				header.summary = this.items.get(1).body();
				header.add(header.summary, LineKind.BODY, null);
			}
			header.inMetadata = true;
			this.items.clear();
			this.lastLoose = null;
			this.lastClosed = null;
			this.current = header;
		}

		/**
		 * Whether every item so far is one of the one or two loose paragraphs right above
		 * this line, the first short enough for a title.
		 */
		private boolean isPageHeaderAbove(int index) {
			int count = this.items.size();
			if (count < 1 || count > 2 || this.looseLine != index - 1) {
				return false;
			}
			for (int i = 0; i < count; i++) {
				SegmentedItem item = this.items.get(i);
				if (item.title() != null || !item.body().equals(this.lines.get(index - count + i).text())) {
					return false;
				}
			}
			return this.items.get(0).body().split("\\h+").length <= TITLE_MAX_WORDS;
		}

		private void dateBlock(int index, ClassifiedLine line) {
			remove(line);
			if (this.current == null || !(this.current.inMetadata || isUnderItsByline(index))) {
				startOpEd(index);
			}
			ItemDraft draft = this.current;
			if (line.label() != null) {
				draft.url = line.label();
			}
			PrintedDate printed = line.printedDate();
			if (printed != null && (draft.printedDate == null || printed.time() != null)) {
				draft.printedDate = printed;
			}
		}

		/**
		 * Whether the line comes right after the byline of a headed item (headline,
		 * standfirst, byline, date): it is that item's date, not a new op-ed's.
		 */
		private boolean isUnderItsByline(int index) {
			return this.current != null && this.current.title != null && index > 0
					&& this.lines.get(index - 1).is(LineKind.BYLINE);
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
				this.current.add(teaser, LineKind.BODY, null);
			}
		}

		private @Nullable String takeTeaser(int index) {
			if (this.current != null || this.looseLine != index - 1 || this.items.isEmpty()) {
				return null;
			}
			this.items.remove(this.items.size() - 1);
			this.lastClosed = null;
			return this.lines.get(index - 1).text();
		}

		private boolean readOpEdHeader(String line) {
			Matcher quoted = QUOTED_LINE.matcher(line);
			if (this.current.title == null && quoted.matches()) {
				this.current.title = quoted.group("inner").strip();
				return true;
			}
			if (this.current.author == null && PERSON_NAME.matcher(line).matches()) {
				this.current.author = line;
				this.removed.add(new RemovedLine(line, LineKind.BYLINE, "name in an op-ed's header"));
				return true;
			}
			return false;
		}

		private void dateline(int index, ClassifiedLine line) {
			if (LayoutClassifier.DOTTED.equals(line.evidence()) && this.current != null
					&& this.current.paragraphs.isEmpty()) {
				body(index, line);
				return;
			}
			ClassifiedLine.Dateline dateline = line.dateline();
			if (this.current == null || !this.current.paragraphs.isEmpty()) {
				close();
				this.current = new ItemDraft();
			}
			this.removed.add(new RemovedLine(line.text().substring(0, dateline.end()).strip(), LineKind.DATELINE,
					line.evidence()));
			this.current.inMetadata = false;
			if (this.current.datelinePlace == null) {
				this.current.datelinePlace = dateline.place();
			}
			PrintedDate printed = this.classifier.datelineDate(dateline);
			if (printed != null || this.current.printedDate == null) {
				this.current.printedDate = printed;
			}
			this.current.add(line.prose(), LineKind.BODY, null);
		}

		private void labelled(int index, ClassifiedLine line) {
			if (line.is(LineKind.TIMESTAMP) && index + 1 < this.lines.size()
					&& this.lines.get(index + 1).is(LineKind.DATELINE)) {
				close();
				this.removed.add(new RemovedLine(line.text(), LineKind.TIMESTAMP, "time stamp over a dateline item"));
				return;
			}
			if (this.current == null) {
				this.current = new ItemDraft();
			}
			this.current.add(withoutOutletLabel(line), line.kind(), line.label());
			this.current.inMetadata = false;
		}

		/**
		 * A question without the label naming the interviewer's outlet ("**AzerNews:**",
		 * «КП:»), which is removed like the outlet's name in the page's header.
		 */
		private String withoutOutletLabel(ClassifiedLine line) {
			if (!line.is(LineKind.QUESTION) || !LayoutClassifier.OUTLET_LABEL.equals(line.evidence())) {
				return line.text();
			}
			int end = LayoutClassifier.questionLabelEnd(line.text());
			if (end == 0 || end >= line.text().length()) {
				return line.text();
			}
			this.removed
				.add(new RemovedLine(line.text().substring(0, end).strip(), LineKind.QUESTION, line.evidence()));
			return line.text().substring(end);
		}

		/**
		 * A bulleted paragraph inside an article's prose stays in it; elsewhere it is an
		 * item of its own, and the short header before the first one (the digest's name
		 * and blurb) is removed.
		 */
		private void bullet(int index, ClassifiedLine line) {
			ItemDraft draft = this.current;
			if (draft != null && !draft.bulleted && isArticle(draft)) {
				body(index, line);
				return;
			}
			if (draft != null && !draft.bulleted) {
				removeDigestHeader(draft.title, draft.paragraphs);
				this.current = null;
			}
			else if (draft == null && this.lastLoose != null && this.looseLine == index - 1 && !this.lastLoose.bulleted
					&& !isArticle(this.lastLoose)) {
				this.items.remove(this.items.size() - 1);
				removeDigestHeader(this.lastLoose.title, this.lastLoose.paragraphs);
				this.lastLoose = null;
			}
			else if (draft == null && isDigestHeaderAbove(index)) {
				this.items.remove(0);
				removeDigestHeader(this.lastClosed.title, this.lastClosed.paragraphs);
				this.lastClosed = null;
			}
			close();
			String marker = line.label();
			this.removed.add(new RemovedLine(marker.strip(), LineKind.BULLET, line.evidence()));
			this.current = new ItemDraft();
			this.current.bulleted = true;
			this.current.add(line.text().substring(marker.length()).strip(), LineKind.BODY, null);
		}

		/**
		 * Whether the page's only item so far is a short header (a newsletter's name,
		 * date and greeting) that a navigation label ("In brief") separates from the
		 * first bulleted paragraph.
		 */
		private boolean isDigestHeaderAbove(int index) {
			ItemDraft header = this.lastClosed;
			return header != null && this.items.size() == 1 && !header.bulleted && !isArticle(header)
					&& this.lines.get(index - 1).is(LineKind.NAVIGATION);
		}

		private static boolean isArticle(ItemDraft draft) {
			return draft.paragraphs.size() > 1 || (draft.paragraphs.size() == 1
					&& draft.paragraphs.get(0).split("\\h+").length > DIGEST_BLURB_MAX_WORDS);
		}

		private void removeDigestHeader(@Nullable String title, List<String> paragraphs) {
			if (title != null) {
				this.removed.add(new RemovedLine(title, LineKind.NAVIGATION, "name of a bulleted digest"));
			}
			for (String paragraph : paragraphs) {
				this.removed.add(new RemovedLine(paragraph, LineKind.NAVIGATION, "blurb of a bulleted digest"));
			}
		}

		private void headline(int index, ClassifiedLine line) {
			if (this.current != null && this.current.inMetadata && readOpEdHeader(line.text())) {
				return;
			}
			if (isInsideOpEd()) {
				body(index, line);
				return;
			}
			close();
			this.current = new ItemDraft();
			Matcher quoted = QUOTED_LINE.matcher(line.text());
			this.current.title = quoted.matches() ? quoted.group("inner").strip() : line.text();
		}

		private void body(int index, ClassifiedLine line) {
			if (this.current != null && this.current.inMetadata && readOpEdHeader(line.text())) {
				return;
			}
			if (this.current != null && this.current.paragraphs.isEmpty()
					&& LayoutClassifier.DECK.equals(line.evidence())) {
				this.current.summary = line.text();
				this.current.add(line.text(), LineKind.BODY, null);
				this.current.inMetadata = true;
				return;
			}
			if (this.current == null) {
				readLooseParagraph(index, line.text());
				return;
			}
			this.current.add(line.text(), LineKind.BODY, null);
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
			this.current.add(line, LineKind.BODY, null);
			this.lastLoose = this.current;
			close();
			this.looseLine = index;
		}

		private boolean isInsideOpEd() {
			return this.current != null && this.current.summary != null && !this.current.paragraphs.isEmpty();
		}

		private void close() {
			this.lastClosed = null;
			if (this.current != null && !this.current.paragraphs.isEmpty()) {
				this.items.add(this.current.toItem());
				this.lastClosed = this.current;
			}
			else if (this.current != null && this.current.title != null) {
				this.removed.add(new RemovedLine(this.current.title, LineKind.HEADLINE, "headline of an empty item"));
			}
			this.current = null;
		}

		Page finish() {
			close();
			return new Page(this.items, this.removed);
		}

	}

	private static List<String> splitTags(@Nullable String line) {
		List<String> tags = new ArrayList<>();
		if (line == null) {
			return tags;
		}
		for (String part : line.split("[,;]")) {
			if (!part.isBlank()) {
				tags.add(part.strip());
			}
		}
		return tags;
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

		final List<SegmentedItem.Turn> turns = new ArrayList<>();

		boolean inMetadata;

		/**
		 * Whether the item is a social network's post, whose date line follows its text.
		 */
		boolean post;

		boolean bulleted;

		private int length;

		void add(String paragraph, LineKind kind, @Nullable String label) {
			int start = this.paragraphs.isEmpty() ? 0 : this.length + 2;
			this.paragraphs.add(paragraph);
			this.length = start + paragraph.length();
			if (kind != LineKind.BODY) {
				this.turns.add(new SegmentedItem.Turn(new Span(start, this.length), kind, label));
			}
		}

		@Nullable String authorNote;

		@Nullable String datelinePlace;

		SegmentedItem toItem() {
			List<String> body = new ArrayList<>(this.paragraphs);
			List<SegmentedItem.Turn> bodyTurns = new ArrayList<>(this.turns);
			if (this.authorNote != null) {
				int start = this.paragraphs.isEmpty() ? 0 : this.length + 2;
				body.add(this.authorNote);
				bodyTurns.add(new SegmentedItem.Turn(new Span(start, start + this.authorNote.length()),
						LineKind.AUTHOR_NOTE, this.author));
			}
			return new SegmentedItem(this.title, String.join("\n\n", body), this.summary, this.printedDate, this.url,
					this.author, this.tags, bodyTurns, this.datelinePlace);
		}

	}

}
