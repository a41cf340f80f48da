package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Quotes that the layout attributes rather than the prose: a transcript turn
 * ({@code Lavrov: "…"}) is a quote of the labelled speaker, an interview answer
 * ({@code A: …}, «О: …») a quote of the interviewee named in the lead, the first person
 * the item names before its first question. Questions are never quotes.
 */
final class LabelledQuotes {

	private static final double CONFIDENCE = 0.9;

	/**
	 * A turn that only thanks and closes the session («Спасибо, на этом брифинг
	 * завершен.», "Thank you, that concludes the briefing."): a formula, not a statement.
	 */
	private static final Pattern CLOSING_FORMULA = Pattern.compile("(?iu)^(?:спасибо|благодарю|thank\\h+you|thanks)"
			+ "(?![\\p{L}])[^.!?]{0,60}(?:заверш|окончен|закончен|на\\h+этом\\h+вс|conclud|that'?s\\h+all|is\\h+over|is\\h+closed)"
			+ "[^.!?]{0,30}[.!]?$");

	/**
	 * A moderator's turn that only hands over the floor («Последний вопрос.», «Следующий
	 * вопрос, пожалуйста.», "Next question.", "Go ahead, please."): a formula of the
	 * session, not a statement.
	 */
	private static final Pattern PROCEDURAL_FORMULA = Pattern.compile("(?iu)^(?:(?:следующий|последний|ваш|еще\\h+один"
			+ "|ещё\\h+один)\\h+вопрос|пожалуйста|прошу|(?:next|last|final|one\\h+more|your)\\h+question|go\\h+ahead"
			+ "|please)(?:,?\\h+(?:пожалуйста|прошу|please))?[.!]?$");

	private static final int PROCEDURAL_MAX_LENGTH = 40;

	/**
	 * A label of two or three capitals, a person's initials ("BS", «ИП», "L.G.").
	 */
	private static final Pattern INITIALS_LABEL = Pattern
		.compile("\\p{Lu}{2,3}|\\p{Lu}\\.\\h?\\p{Lu}\\.(?:\\h?\\p{Lu}\\.)?");

	private static final Pattern INITIALS = Pattern.compile("\\h+\\p{Lu}\\.(?:\\h?\\p{Lu}\\.)?$");

	private final String body;

	private final List<SegmentedItem.Turn> turns;

	private final List<Occurrence> persons;

	LabelledQuotes(String body, List<SegmentedItem.Turn> turns, List<Occurrence> persons) {
		this.body = body;
		this.turns = turns;
		this.persons = new ArrayList<>(persons);
		this.persons.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
	}

	/**
	 * Whether a quotation stands in a turn, question or answer, so the prose rules leave
	 * it alone.
	 */
	boolean isLabelled(QuotedSegments.Segment quotation) {
		for (SegmentedItem.Turn turn : this.turns) {
			if (turn.kind() != LineKind.TIMESTAMP && quotation.open() >= turn.span().start()
					&& quotation.close() < turn.span().end()) {
				return true;
			}
		}
		return false;
	}

	List<ExtractedQuote> find(List<QuotedSegments.Segment> quotations) {
		List<ExtractedQuote> quotes = new ArrayList<>();
		for (SegmentedItem.Turn turn : this.turns) {
			if (turn.kind() == LineKind.SPEAKER_TURN) {
				addTurn(quotes, turn, quotations);
			}
			else if (turn.kind() == LineKind.ANSWER) {
				addAnswer(quotes, turn);
			}
		}
		return quotes;
	}

	private void addTurn(List<ExtractedQuote> quotes, SegmentedItem.Turn turn,
			List<QuotedSegments.Segment> quotations) {
		Occurrence speaker = speakerOf(turn);
		for (QuotedSegments.Segment quotation : quotations) {
			if (quotation.depth() == 0 && quotation.open() >= turn.span().start()
					&& quotation.close() < turn.span().end()) {
				quotes.add(quote(trimmed(quotation.inner()), speaker, turn.label()));
			}
		}
	}

	private void addAnswer(List<ExtractedQuote> quotes, SegmentedItem.Turn turn) {
		int answerStart = answerStart(turn);
		if (answerStart < 0) {
			return;
		}
		Occurrence interviewee = turn.label() != null ? speakerOf(turn) : interviewee();
		Span answer = trimmed(new Span(answerStart, turn.span().end()));
		if (answer.end() > answer.start() && !isClosingFormula(answer)) {
			quotes.add(quote(answer, interviewee, interviewee == null ? null : asWritten(interviewee)));
		}
	}

	private boolean isClosingFormula(Span span) {
		String turn = this.body.substring(span.start(), span.end());
		return CLOSING_FORMULA.matcher(turn).matches()
				|| (turn.length() <= PROCEDURAL_MAX_LENGTH && PROCEDURAL_FORMULA.matcher(turn).matches());
	}

	/**
	 * Where an answer's words start: after the colon of its label, right after a
	 * transcript label with no colon («Петрова О. П. Уважаемые коллеги…»), or after the
	 * dash that opens an answer of a dash-style interview; -1 when the turn has none of
	 * these.
	 */
	private int answerStart(SegmentedItem.Turn turn) {
		int start = turn.span().start();
		String label = turn.label();
		char opening = this.body.charAt(start);
		if (label == null && (opening == '—' || opening == '–')) {
			return start + 1;
		}
		if (label != null && INITIALS.matcher(label).find() && this.body.startsWith(label, start)) {
			int end = start + label.length();
			return end < this.body.length() && this.body.charAt(end) == ':' ? end + 1 : end;
		}
		int colon = this.body.indexOf(':', start);
		return (colon < 0 || colon >= turn.span().end()) ? -1 : colon + 1;
	}

	private ExtractedQuote quote(Span span, @Nullable Occurrence speaker, @Nullable String asWritten) {
		return new ExtractedQuote(this.body.substring(span.start(), span.end()), span, QuoteKind.DIRECT,
				speaker == null ? null : speaker.entity(), asWritten, speaker == null ? null : speaker.role(), "label",
				speaker == null ? CONFIDENCE - 0.3 : CONFIDENCE);
	}

	/**
	 * The person a turn's label names: the person found at the label, else the last one
	 * named before the turn whose name ends with the label ("Khrenin" for "Viktor
	 * Khrenin").
	 */
	private @Nullable Occurrence speakerOf(SegmentedItem.Turn turn) {
		String label = turn.label();
		if (label == null) {
			return null;
		}
		if (INITIALS_LABEL.matcher(label).matches()) {
			return personWithInitials(label.replaceAll("[.\\h]", ""), turn.span().start());
		}
		int labelEnd = turn.span().start() + label.length();
		Occurrence named = null;
		for (Occurrence person : this.persons) {
			if (person.span().start() >= turn.span().start() && person.span().start() < labelEnd) {
				return person;
			}
			if (person.span().start() < turn.span().start() && isNamedBy(asWritten(person), label)) {
				named = person;
			}
		}
		return named;
	}

	/**
	 * The one person named before the turn whose name's words begin with the label's
	 * letters ("BS" for "Bakhyt Sultanova", «ИП» for «Иваном Петровым»); null when no one
	 * or more than one person has those initials.
	 */
	private @Nullable Occurrence personWithInitials(String label, int turnStart) {
		Occurrence named = null;
		for (Occurrence person : this.persons) {
			if (person.span().start() >= turnStart) {
				break;
			}
			if (!initialsOf(asWritten(person)).equals(label)) {
				continue;
			}
			if (named != null && !named.entity().equals(person.entity())) {
				return null;
			}
			named = person;
		}
		return named;
	}

	private static String initialsOf(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[\\h-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	/**
	 * Whether a label names the person written so: the name ends with the label, or the
	 * label is the surname with initials ("Петрова О. П.") and the name is a first name
	 * with the first initial followed by that surname ("Ольга Петрова").
	 */
	private static boolean isNamedBy(String written, String label) {
		if (written.endsWith(label)) {
			return true;
		}
		Matcher initials = INITIALS.matcher(label);
		if (!initials.find()) {
			return false;
		}
		String surname = label.substring(0, initials.start());
		return written.endsWith(" " + surname) && written.charAt(0) == label.charAt(initials.start() + 1);
	}

	private @Nullable Occurrence interviewee() {
		int firstQuestion = this.body.length();
		for (SegmentedItem.Turn turn : this.turns) {
			if (turn.kind() == LineKind.QUESTION || turn.kind() == LineKind.ANSWER) {
				firstQuestion = turn.span().start();
				break;
			}
		}
		for (Occurrence person : this.persons) {
			if (person.span().start() < firstQuestion) {
				return person;
			}
		}
		return null;
	}

	private String asWritten(Occurrence person) {
		return this.body.substring(person.span().start(), person.span().end());
	}

	private Span trimmed(Span span) {
		int start = span.start();
		int end = span.end();
		while (start < end && (Character.isWhitespace(this.body.charAt(start)) || this.body.charAt(start) == '*')) {
			start++;
		}
		while (end > start && (Character.isWhitespace(this.body.charAt(end - 1)) || this.body.charAt(end - 1) == ',')) {
			end--;
		}
		return new Span(start, end);
	}

}
