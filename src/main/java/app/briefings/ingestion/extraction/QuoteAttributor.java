package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Attributes statements to speakers. A quotation is a direct quote only when an
 * attribution stands next to it: {@code "…," X said}, {@code "…," said X},
 * {@code X said: "…"}, {@code according to X}, {@code по словам X},
 * {@code «…», — заявил X}, with "he", "she", "он" or "the general" meaning the person
 * named last. Indirect quotes are the clauses of {@code X said that …},
 * {@code X заявил, что …} and {@code according to X, …}. Quoted names, titles and
 * headlines have no attribution and are left alone.
 */
final class QuoteAttributor {

	private static final String VERB_EN = "said|says|added|adds|stressed|stresses|noted|notes|emphasized|emphasised|emphasizes"
			+ "|stated|states|told(?:\\h+\\p{Ll}+){0,2}?|explained|warned|declared|insisted|continued|recalled|pointed\\h+out|remarked"
			+ "|asserted|underlined|underscored|wrote|concluded|announced|believes|thinks|replied|answered|put\\h+it|admitted"
			+ "|acknowledged|argued|observed|commented|reiterated|confirmed|promised|assured|urged|went\\h+on";

	private static final String VERB_RU = "заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?"
			+ "|пояснил[аи]?|указал[аи]?|уточнил[аи]?|констатировал[аи]?|предупредил[аи]?|напомнил[аи]?|считает|говорит|заверил[аи]?"
			+ "|ответил[аи]?|признал[аи]?|заметил[аи]?|продолжил[аи]?|подытожил[аи]?|резюмировал[аи]?|рассказал[аи]?"
			+ "|подтвердил[аи]?|заключил[аи]?|объяснил[аи]?|призвал[аи]?|пообещал[аи]?|акцентировал[аи]?";

	private static final String VERB = "(?<![\\p{L}])(" + VERB_EN + "|" + VERB_RU + ")(?![\\p{L}])";

	private static final String REFERENCE = "(?<![\\p{L}])((?:[Hh]e|[Ss]he|[Оо]н|[Оо]на)|[Tt]he\\h+(?:[A-Za-z-]+\\h+)?(?:general|minister|secretary\\h+general"
			+ "|official|diplomat|spokes(?:man|woman|person)|commander|ambassador|president|chairman|head|chief|colonel|envoy)"
			+ "|генерал|министр|генсек|дипломат|председатель|командующий|глава(?:\\h+(?:МИД|МВД|Минобороны|ведомства|министерства))?"
			+ "|руководитель|начальник|посол|президент|премьер|директор|представитель)";

	private static final String LEAD = "^\\h*,?\\h*(?:[—–-]+\\h*)?";

	private static final Pattern VERB_FIRST = Pattern.compile(LEAD + VERB + "\\h+");

	private static final Pattern ACCORDING_AFTER = Pattern.compile(LEAD + "(according\\h+to|по\\h+словам)\\h+");

	private static final Pattern REFERENCE_FIRST = Pattern
		.compile(LEAD + REFERENCE + "\\h+(?:also\\h+|later\\h+|then\\h+)?" + VERB);

	private static final Pattern REFERENCE_AT_START = Pattern.compile("^" + REFERENCE + "(?![\\p{L}])");

	private static final Pattern REFERENCE_AT_END = Pattern
		.compile(REFERENCE + "\\h+(?:also\\h+|later\\h+|then\\h+)?$");

	private static final Pattern VERB_AFTER_PERSON = Pattern
		.compile("^(?:[’']s?)?(?:,[^,\"“”«»„\\n]{1,80},)?,?\\h+(?:also\\h+|later\\h+|then\\h+)?" + VERB);

	private static final Pattern VERB_BEFORE_QUOTE = Pattern.compile(VERB + "(?:\\h+[\\p{L}.’'-]+){0,3}\\h*[:,]\\h*$");

	private static final Pattern ACCORDING_BEFORE_QUOTE = Pattern
		.compile("(?<![\\p{L}])([Aa]ccording\\h+to|[Пп]о\\h+словам)\\h+([^\"“”«»„\\n]{1,150}?),\\h*$");

	private static final Pattern INDIRECT = Pattern.compile("(?<![\\p{L}])(?:(" + VERB_EN
			+ ")(?:\\h+[\\p{L}.]+){0,3}?,?\\h+that\\h+|(" + VERB_RU + ")(?:\\h+[а-яё]+)?,\\h*что\\h+)");

	private static final Pattern ACCORDING_INDIRECT = Pattern
		.compile("(?<![\\p{L}])([Aa]ccording\\h+to|[Пп]о\\h+словам)\\h+");

	private static final Pattern ANY_VERB = Pattern.compile(VERB);

	private static final Pattern QUOTE_FREE_GAP = Pattern.compile("^[^\"“”«»„\\n]{0,100}$");

	private static final Pattern SUBJECT_GAP = Pattern.compile("^[^\"“”«»„\\n.;!?]{0,80}$");

	private static final Pattern BRIDGE = Pattern.compile("^\\h*[,—–-]?[^\"“”«»„\\n!?]{0,120}?[,:—–-]\\h*$");

	private static final Pattern INTERRUPTION = Pattern
		.compile("[,!?…]\\h*[—–]\\h*[^\"“”«»„\\n—–]{3,100}?[.,]\\h*[—–]\\h+(?=\\S)");

	private static final Pattern TITLE_GAP = Pattern.compile("^[^\"“”«»„\\n.,;:!?]*$");

	private static final int WINDOW = 200;

	private final String text;

	private final List<Span> sentences;

	private final List<Occurrence> persons;

	QuoteAttributor(String text, List<Span> sentences, List<Occurrence> persons) {
		this.text = text;
		this.sentences = sentences;
		List<Occurrence> byStart = new ArrayList<>(persons);
		byStart.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		this.persons = byStart;
	}

	List<ExtractedQuote> attribute(List<QuotedSegments.Segment> quotations) {
		List<ExtractedQuote> quotes = new ArrayList<>();
		Attribution previous = null;
		QuotedSegments.Segment previousQuotation = null;
		int previousSentenceEnd = -1;
		for (QuotedSegments.Segment quotation : splitAtInterruptions(quotations)) {
			Checkpoints.check();
			Attribution attribution = attributionOf(quotation);
			if (attribution == null && previous != null
					&& (continuesPrevious(previousSentenceEnd, quotation) || isBridged(previousQuotation, quotation))) {
				attribution = previous.continued();
			}
			if (attribution != null) {
				quotes.add(direct(quotation, attribution));
				previous = attribution;
				previousQuotation = quotation;
				previousSentenceEnd = SentenceSplitter.containing(this.sentences, quotation.close(), this.text.length())
					.end();
			}
		}
		quotes.addAll(indirectQuotes(quotations));
		quotes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return quotes;
	}

	/**
	 * Cuts a quotation that the attribution interrupts («Мы не видим условий, — сказал
	 * Мирзоян. — Организация…») into its two parts, so that each is a quote of the
	 * speaker named between them.
	 */
	private List<QuotedSegments.Segment> splitAtInterruptions(List<QuotedSegments.Segment> quotations) {
		List<QuotedSegments.Segment> parts = new ArrayList<>();
		for (QuotedSegments.Segment quotation : quotations) {
			Matcher interruption = INTERRUPTION.matcher(this.text).region(quotation.open() + 1, quotation.close());
			if (!interruption.find() || !ANY_VERB.matcher(interruption.group()).find()
					|| hasQuoteMarkBetween(quotation.open() + 1, interruption.start())) {
				parts.add(quotation);
				continue;
			}
			parts.add(new QuotedSegments.Segment(quotation.open(), interruption.start(), quotation.depth()));
			parts.add(new QuotedSegments.Segment(interruption.end() - 1, quotation.close(), quotation.depth()));
		}
		return parts;
	}

	private boolean hasQuoteMarkBetween(int start, int end) {
		return QuotedSegments.hasQuoteMark(this.text.substring(start, end));
	}

	/**
	 * A quotation separated from the attributed one before it only by the attribution
	 * ("…," said X, "…") goes on with the same speaker.
	 */
	private boolean isBridged(QuotedSegments.@Nullable Segment previous, QuotedSegments.Segment quotation) {
		if (previous == null || quotation.open() <= previous.close()) {
			return false;
		}
		String gap = this.text.substring(previous.close() + 1, quotation.open());
		return BRIDGE.matcher(gap).matches() && ANY_VERB.matcher(gap).find();
	}

	/**
	 * A quotation that opens the sentence right after an attributed one goes on with the
	 * same speaker.
	 */
	private boolean continuesPrevious(int previousSentenceEnd, QuotedSegments.Segment quotation) {
		if (previousSentenceEnd < 0 || quotation.open() < previousSentenceEnd) {
			return false;
		}
		return this.text.substring(previousSentenceEnd, quotation.open()).matches("\\h*");
	}

	private @Nullable Attribution attributionOf(QuotedSegments.Segment quotation) {
		Attribution after = attributionAfter(quotation);
		return after != null ? after : attributionBefore(quotation);
	}

	private @Nullable Attribution attributionAfter(QuotedSegments.Segment quotation) {
		int from = quotation.close() + 1;
		String tail = this.text.substring(from, paragraphEndWithin(from, WINDOW));
		if (!mayBeAttributedAfter(quotation, tail)) {
			return null;
		}
		Matcher verbFirst = VERB_FIRST.matcher(tail);
		if (verbFirst.find()) {
			return speakerAfter(from + verbFirst.end(), verbFirst.group(1), quotation.open());
		}
		Matcher according = ACCORDING_AFTER.matcher(tail);
		if (according.find()) {
			return speakerAfter(from + according.end(), according.group(1), quotation.open());
		}
		Matcher reference = REFERENCE_FIRST.matcher(tail);
		if (reference.find()) {
			return byReference(reference.group(1), reference.group(2), quotation.open(), 0.8);
		}
		return personThenVerb(from, tail);
	}

	private boolean mayBeAttributedAfter(QuotedSegments.Segment quotation, String tail) {
		String inner = quotation.innerText(this.text).strip();
		if (inner.isEmpty()) {
			return false;
		}
		char last = inner.charAt(inner.length() - 1);
		if (",!?…—".indexOf(last) >= 0 || tail.matches("(?s)^\\h*[,—–].*") || VERB_FIRST.matcher(tail).find()) {
			return true;
		}
		return last == '.' && tail.matches("(?s)^\\h+\\p{Ll}.*");
	}

	private @Nullable Attribution personThenVerb(int from, String tail) {
		for (Occurrence person : personsStartingIn(from, from + 100)) {
			int start = person.span().start();
			if (start < from || start - from > 100) {
				continue;
			}
			String gap = this.text.substring(from, start);
			int end = person.span().end();
			Matcher verb = VERB_AFTER_PERSON
				.matcher(this.text.substring(end, Math.min(this.text.length(), end + WINDOW)));
			if (QUOTE_FREE_GAP.matcher(gap).matches() && !ANY_VERB.matcher(gap).find() && verb.find()) {
				return fromPerson(person, verb.group(1), 0.9);
			}
		}
		return null;
	}

	private @Nullable Attribution speakerAfter(int offset, String verb, int quoteStart) {
		String rest = this.text.substring(offset, paragraphEndWithin(offset, WINDOW));
		Occurrence titled = personAfterTitle(offset);
		if (titled != null) {
			return fromPerson(titled, verb, 0.9);
		}
		Matcher reference = REFERENCE_AT_START.matcher(rest);
		if (reference.find()) {
			return byReference(reference.group(1), verb, quoteStart, 0.8);
		}
		Span sentence = SentenceSplitter.containing(this.sentences, offset, this.text.length());
		for (Occurrence person : personsStartingIn(offset, offset + 100)) {
			int start = person.span().start();
			boolean near = start >= offset && start - offset <= 100 && start < Math.max(sentence.end(), offset + 1);
			if (near && QUOTE_FREE_GAP.matcher(this.text.substring(offset, start)).matches()) {
				return fromPerson(person, verb, 0.9);
			}
		}
		return null;
	}

	/**
	 * The person named right after an attribution verb behind a title ("— ответил
	 * председатель ГКНБ Камчыбек Ташиев"), where the title word is not a reference to an
	 * earlier speaker.
	 */
	private @Nullable Occurrence personAfterTitle(int offset) {
		for (Occurrence person : personsStartingIn(offset, offset + 80)) {
			int start = person.span().start();
			if (start >= offset && start - offset <= 80
					&& TITLE_GAP.matcher(this.text.substring(offset, start)).matches()) {
				return person;
			}
		}
		return null;
	}

	private @Nullable Attribution attributionBefore(QuotedSegments.Segment quotation) {
		int from = paragraphStartWithin(quotation.open(), WINDOW);
		String head = this.text.substring(from, quotation.open());
		Matcher according = ACCORDING_BEFORE_QUOTE.matcher(head);
		if (according.find()) {
			Occurrence person = firstPersonWithin(new Span(from + according.start(2), from + according.end(2)));
			return person == null ? null : fromPerson(person, according.group(1), 0.85);
		}
		Matcher verb = VERB_BEFORE_QUOTE.matcher(head);
		if (!verb.find()) {
			return null;
		}
		return subjectBefore(from + verb.start(1), verb.group(1), 0.9);
	}

	private @Nullable Attribution subjectBefore(int verbStart, String verb, double confidence) {
		Span sentence = SentenceSplitter.containing(this.sentences, verbStart, this.text.length());
		String before = this.text.substring(Math.min(sentence.start(), verbStart), verbStart);
		Matcher reference = REFERENCE_AT_END.matcher(before);
		if (reference.find()) {
			return byReference(reference.group(1), verb, verbStart, confidence - 0.1);
		}
		Occurrence subject = null;
		for (Occurrence person : personsStartingIn(sentence.start(), verbStart)) {
			int end = person.span().end();
			boolean inSentence = person.span().start() >= sentence.start() && end <= verbStart;
			if (inSentence && SUBJECT_GAP.matcher(this.text.substring(end, verbStart)).matches()) {
				subject = person;
			}
		}
		return subject == null ? null : fromPerson(subject, verb, confidence);
	}

	private List<ExtractedQuote> indirectQuotes(List<QuotedSegments.Segment> quotations) {
		List<ExtractedQuote> quotes = new ArrayList<>();
		for (MatchResult reported : WordStartMatches.of(INDIRECT, this.text)) {
			if (insideAny(reported.start(), quotations)) {
				continue;
			}
			String verb = reported.group(1) != null ? reported.group(1) : reported.group(2);
			Attribution attribution = subjectBefore(reported.start(), verb, 0.8);
			addIndirect(quotes, reported.end(), attribution);
		}
		for (MatchResult according : WordStartMatches.of(ACCORDING_INDIRECT, this.text)) {
			addAccordingTo(quotes, according, quotations);
		}
		return quotes;
	}

	private void addAccordingTo(List<ExtractedQuote> quotes, MatchResult according,
			List<QuotedSegments.Segment> quotations) {
		Span sentence = SentenceSplitter.containing(this.sentences, according.start(), this.text.length());
		int comma = indexOfWithin(',', according.end(), sentence.end());
		if (comma < 0 || comma >= sentence.end() || insideAny(according.start(), quotations)) {
			return;
		}
		Occurrence person = firstPersonWithin(new Span(according.end(), comma));
		String clause = this.text.substring(comma + 1, sentence.end()).strip();
		if (person == null || clause.isEmpty() || QuotedSegments.isQuoteMark(clause.charAt(0))) {
			return;
		}
		addIndirect(quotes, comma + 1, fromPerson(person, according.group(1), 0.75));
	}

	private void addIndirect(List<ExtractedQuote> quotes, int clauseStart, @Nullable Attribution attribution) {
		if (attribution == null) {
			return;
		}
		Span sentence = SentenceSplitter.containing(this.sentences, clauseStart, this.text.length());
		Span clause = trimmed(new Span(clauseStart, Math.max(clauseStart, sentence.end())), ".!?;:, ");
		if (clause.end() <= clause.start()) {
			return;
		}
		quotes.add(new ExtractedQuote(this.text.substring(clause.start(), clause.end()), clause, QuoteKind.INDIRECT,
				attribution.speaker(), attribution.asWritten(), attribution.role(), attribution.verb(),
				attribution.confidence()));
	}

	private ExtractedQuote direct(QuotedSegments.Segment quotation, Attribution attribution) {
		Span span = trimmed(quotation.inner(), ",:; ");
		return new ExtractedQuote(this.text.substring(span.start(), span.end()), span, QuoteKind.DIRECT,
				attribution.speaker(), attribution.asWritten(), attribution.role(), attribution.verb(),
				attribution.confidence());
	}

	private Span trimmed(Span span, String trailing) {
		int start = span.start();
		int end = span.end();
		while (start < end && Character.isWhitespace(this.text.charAt(start))) {
			start++;
		}
		while (end > start && (trailing.indexOf(this.text.charAt(end - 1)) >= 0
				|| Character.isWhitespace(this.text.charAt(end - 1)))) {
			end--;
		}
		return new Span(start, end);
	}

	private Attribution byReference(String reference, String verb, int before, double confidence) {
		Occurrence latest = latestPersonBefore(before);
		if (latest == null) {
			return new Attribution(null, reference, null, verb, confidence - 0.3);
		}
		return new Attribution(latest.entity(), reference, null, verb, confidence);
	}

	private Attribution fromPerson(Occurrence person, String verb, double confidence) {
		String asWritten = this.text.substring(person.span().start(), person.span().end());
		return new Attribution(person.entity(), asWritten, person.role(), verb, confidence);
	}

	private @Nullable Occurrence latestPersonBefore(int offset) {
		int before = firstPersonStartingAt(offset);
		return before == 0 ? null : this.persons.get(before - 1);
	}

	private @Nullable Occurrence firstPersonWithin(Span span) {
		for (Occurrence person : personsStartingIn(span.start(), span.end())) {
			if (person.span().start() >= span.start() && person.span().end() <= span.end()) {
				return person;
			}
		}
		return null;
	}

	private static boolean insideAny(int offset, List<QuotedSegments.Segment> quotations) {
		for (QuotedSegments.Segment quotation : quotations) {
			if (quotation.contains(offset)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The persons whose names start from {@code from} to {@code to}, both included, in
	 * order: the candidates a window can hold, found without reading the others.
	 */
	private List<Occurrence> personsStartingIn(int from, int to) {
		if (to < from) {
			return List.of();
		}
		return this.persons.subList(firstPersonStartingAt(from), firstPersonStartingAt(to + 1));
	}

	/** The index of the first person whose name starts at or after the offset. */
	private int firstPersonStartingAt(int offset) {
		int low = 0;
		int high = this.persons.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.persons.get(middle).span().start() < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Where the character first stands from {@code from} up to {@code to}, or -1. */
	private int indexOfWithin(char c, int from, int to) {
		for (int i = from; i < Math.min(to, this.text.length()); i++) {
			if (this.text.charAt(i) == c) {
				return i;
			}
		}
		return -1;
	}

	private int paragraphEndWithin(int from, int limit) {
		int end = Math.min(this.text.length(), from + limit);
		int newline = indexOfWithin('\n', from, end);
		return newline < 0 ? end : newline;
	}

	private int paragraphStartWithin(int to, int limit) {
		int start = Math.max(0, to - limit);
		for (int i = to - 1; i >= start; i--) {
			if (this.text.charAt(i) == '\n') {
				return i + 1;
			}
		}
		return start;
	}

	/** Who a statement is attributed to, as the attribution writes it. */
	private record Attribution(@Nullable EntityRef speaker, String asWritten, @Nullable String role, String verb,
			double confidence) {

		Attribution continued() {
			return new Attribution(this.speaker, this.asWritten, this.role, this.verb, this.confidence - 0.15);
		}

	}

}
