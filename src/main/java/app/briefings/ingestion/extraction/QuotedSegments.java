package app.briefings.ingestion.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds the passages of a text that stand in quotation marks: “…”, „…“, «…» (nested
 * «…«…»…» included) and straight "…". A quotation never runs past the end of its
 * paragraph.
 */
final class QuotedSegments {

	private static final String QUOTE_MARKS = "\"“”„«»";

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
			if (c == '\n') {
				open.clear();
				continue;
			}
			step(c, i, open, segments);
		}
		segments.sort(Comparator.comparingInt(Segment::open));
		return segments;
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
