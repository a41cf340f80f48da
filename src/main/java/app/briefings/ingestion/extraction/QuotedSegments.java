package app.briefings.ingestion.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the passages of a text that stand in quotation marks: “…”, „…“, «…» (nested
 * «…«…»…» included) and straight "…". A quotation left open at the end of its paragraph
 * runs over into the next one only when that paragraph opens with the same mark or closes
 * it (a straight mark only as the paragraph's last character, its only one); otherwise it
 * ends with its paragraph.
 */
final class QuotedSegments {

	private static final String QUOTE_MARKS = "\"“”„«»";

	/**
	 * An attribution that closes a paragraph after the words of a quotation: a comma (or
	 * "?", "!", "…"), a dash and lower-case words with no further dash or quotation mark.
	 */
	private static final Pattern CLOSING_ATTRIBUTION = Pattern.compile("[,!?…]\\h*[—–]\\h+\\p{Ll}[^—–\"“”„«»\\n]*$");

	private QuotedSegments() {
	}

	static boolean hasQuoteMark(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	static boolean isQuoteMark(char c) {
		return QUOTE_MARKS.indexOf(c) >= 0;
	}

	static List<Segment> find(String text) {
		List<Segment> segments = new ArrayList<>();
		Deque<Opening> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			Checkpoints.check(i);
			char c = text.charAt(i);
			if (c == '\n' && endsAtAttribution(text, i, open, segments)) {
				open.clear();
				continue;
			}
			if (c == '\n') {
				int next = continuation(text, i, open);
				if (next < 0) {
					open.clear();
				}
				i = Math.max(i, next);
				continue;
			}
			step(c, i, open, segments);
		}
		segments.sort(Comparator.comparingInt(Segment::open));
		return segments;
	}

	/**
	 * Whether a quotation still open at the end of its paragraph ends at an attribution
	 * that closes the paragraph («Мы видели…, — сказал генерал журналистам.», its closing
	 * mark left out): the quotation then ends before the comma (after a "?" or "!"), and
	 * the next paragraph's quotation is one of its own.
	 */
	private static boolean endsAtAttribution(String text, int newline, Deque<Opening> open, List<Segment> segments) {
		if (open.size() != 1) {
			return false;
		}
		int opening = open.peek().offset();
		Matcher attribution = CLOSING_ATTRIBUTION.matcher(text).region(opening + 1, newline);
		if (!attribution.find()) {
			return false;
		}
		int close = text.charAt(attribution.start()) == ',' ? attribution.start() : attribution.start() + 1;
		segments.add(new Segment(opening, close, 0));
		return true;
	}

	/**
	 * Where reading goes on when a quotation is still open at the end of a paragraph, or
	 * -1 when it ends there. A quotation runs over into the next paragraph when that
	 * paragraph opens with the same mark (the English convention; the repeated mark is
	 * skipped), or, for marks with their own closer («…», “…”), when the next paragraph
	 * closes it before opening another (the Russian convention), for a straight mark when
	 * the next paragraph's only mark closes it at its end.
	 */
	private static int continuation(String text, int newline, Deque<Opening> open) {
		if (open.size() != 1) {
			return -1;
		}
		int start = newline;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (start >= text.length()) {
			return -1;
		}
		Opening opening = open.peek();
		char mark = text.charAt(opening.offset());
		if (text.charAt(start) == mark) {
			return start;
		}
		int end = text.indexOf('\n', start);
		String paragraph = text.substring(start, end < 0 ? text.length() : end);
		if (opening.closer() == mark) {
			return closesWithItsOnlyMark(paragraph, mark) ? start - 1 : -1;
		}
		int closer = paragraph.indexOf(opening.closer());
		int reopened = paragraph.indexOf(mark);
		return closer >= 0 && (reopened < 0 || reopened > closer) ? start - 1 : -1;
	}

	/**
	 * Whether a paragraph's only straight quotation mark is its last character, after the
	 * end of a sentence ("… as if nothing happened.""): it closes the quotation the
	 * paragraph before left open, and opens none.
	 */
	private static boolean closesWithItsOnlyMark(String paragraph, char mark) {
		String bare = paragraph.stripTrailing();
		int last = bare.length() - 1;
		return last > 0 && bare.indexOf(mark) == last && ".!?…".indexOf(bare.charAt(last - 1)) >= 0;
	}

	private static void step(char c, int offset, Deque<Opening> open, List<Segment> segments) {
		if (!open.isEmpty() && closes(c, open.peek().closer())) {
			Opening opening = open.pop();
			segments.add(new Segment(opening.offset(), offset, open.size()));
			return;
		}
		char closer = closerOf(c);
		if (closer != 0) {
			open.push(new Opening(offset, closer));
		}
	}

	private static boolean closes(char c, char expected) {
		return c == expected || (c == '”' && expected == '“');
	}

	private static char closerOf(char opener) {
		return switch (opener) {
			case '«' -> '»';
			case '“' -> '”';
			case '„' -> '“';
			case '"' -> '"';
			default -> 0;
		};
	}

	/** An opening quotation mark still waiting for its closer. */
	private record Opening(int offset, char closer) {
	}

	/**
	 * One quotation: the offsets of its opening and closing marks, and how deeply it is
	 * nested in others (0 for a top-level one).
	 */
	record Segment(int open, int close, int depth) {

		Span inner() {
			return new Span(this.open + 1, this.close);
		}

		String innerText(String text) {
			return text.substring(this.open + 1, this.close);
		}

		boolean contains(int offset) {
			return offset > this.open && offset < this.close;
		}

	}

}
