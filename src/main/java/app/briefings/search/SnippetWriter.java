package app.briefings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import app.briefings.briefing.TextSpan;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Writes the snippets of a hit: the words of the title and of the body that equal a word
 * of the query under one of the analyses (English, Russian or name keys), the whole title
 * and the body window that holds the most of them.
 */
final class SnippetWriter {

	static final int BODY_WINDOW = 240;

	/**
	 * The most matches one analysis of a text collects: the snippet shows one window, so
	 * reading on past this many only adds work, however often a stored text repeats the
	 * word.
	 */
	static final int MAX_MATCHES = 64;

	private static final int LEAD = 60;

	private static final Comparator<TextSpan> BY_POSITION = Comparator.comparingInt(TextSpan::start)
		.thenComparingInt(TextSpan::end);

	private final List<Analyzer> analyzers;

	SnippetWriter(List<Analyzer> analyzers) {
		this.analyzers = List.copyOf(analyzers);
	}

	/** The analyzed words of a query, one set per analyzer, to find in many hits. */
	List<Set<String>> termsOf(String query) {
		List<Set<String>> terms = new ArrayList<>();
		for (Analyzer analyzer : this.analyzers) {
			Set<String> analyzed = new HashSet<>();
			analyze(analyzer, query, (term, start, end) -> {
				analyzed.add(term);
				return true;
			});
			terms.add(analyzed);
		}
		return terms;
	}

	List<Snippet> snippets(List<Set<String>> queryTerms, String title, String body) {
		List<Snippet> snippets = new ArrayList<>(2);
		List<TextSpan> titleMatches = matches(queryTerms, title);
		if (!titleMatches.isEmpty()) {
			snippets.add(new Snippet(SearchFields.TITLE, title, 0, titleMatches));
		}
		List<TextSpan> bodyMatches = matches(queryTerms, body);
		if (!bodyMatches.isEmpty()) {
			snippets.add(window(body, bodyMatches));
		}
		return snippets;
	}

	/** Where the text holds a word of the query, sorted, without overlaps. */
	List<TextSpan> matches(List<Set<String>> queryTerms, String text) {
		TreeSet<TextSpan> found = new TreeSet<>(BY_POSITION);
		for (int i = 0; i < this.analyzers.size(); i++) {
			addMatches(this.analyzers.get(i), queryTerms.get(i), text, found);
		}
		return withoutOverlaps(found);
	}

	private static void addMatches(Analyzer analyzer, Set<String> terms, String text, Set<TextSpan> found) {
		int[] collected = { 0 };
		analyze(analyzer, text, (term, start, end) -> {
			if (terms.contains(term)) {
				found.add(new TextSpan(start, end));
				collected[0]++;
			}
			return collected[0] < MAX_MATCHES;
		});
	}

	private static List<TextSpan> withoutOverlaps(TreeSet<TextSpan> sorted) {
		List<TextSpan> spans = new ArrayList<>(sorted.size());
		for (TextSpan span : sorted) {
			if (spans.isEmpty() || spans.get(spans.size() - 1).end() <= span.start()) {
				spans.add(span);
			}
		}
		return spans;
	}

	static Snippet window(String body, List<TextSpan> matches) {
		if (body.length() <= BODY_WINDOW) {
			return new Snippet(SearchFields.BODY, body, 0, matches);
		}
		TextSpan anchor = bestAnchor(matches);
		int start = Math.min(anchor.start(), wordStart(body, Math.max(0, anchor.start() - LEAD)));
		int end = wordEnd(body, Math.min(body.length(), start + BODY_WINDOW));
		List<TextSpan> inside = new ArrayList<>();
		for (TextSpan match : matches) {
			if (match.start() >= start && match.end() <= end) {
				inside.add(new TextSpan(match.start() - start, match.end() - start));
			}
		}
		return new Snippet(SearchFields.BODY, body.substring(start, end), start, inside);
	}

	/**
	 * The match whose window, starting a little before it, holds the most matches. The
	 * matches are sorted and do not overlap, so one pass with two pointers counts every
	 * window: the first match inside a window only moves forward.
	 */
	private static TextSpan bestAnchor(List<TextSpan> matches) {
		TextSpan best = matches.get(0);
		int bestCount = -1;
		int first = 0;
		int last = 0;
		for (TextSpan anchor : matches) {
			int start = Math.max(0, anchor.start() - LEAD);
			int end = start + BODY_WINDOW;
			while (matches.get(first).start() < start) {
				first++;
			}
			last = Math.max(last, first);
			while (last < matches.size() && matches.get(last).end() <= end) {
				last++;
			}
			int count = last - first;
			if (count > bestCount) {
				best = anchor;
				bestCount = count;
			}
		}
		return best;
	}

	/** The start of the first word that begins at or after {@code index}. */
	private static int wordStart(String text, int index) {
		if (index == 0 || Character.isWhitespace(text.charAt(index - 1))) {
			return index;
		}
		int next = index;
		while (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		return Math.min(text.length(), next + 1);
	}

	/** The end of the last whole word that ends at or before {@code index}. */
	private static int wordEnd(String text, int index) {
		if (index == text.length() || Character.isWhitespace(text.charAt(index))) {
			return index;
		}
		int previous = index;
		while (previous > 0 && !Character.isWhitespace(text.charAt(previous - 1))) {
			previous--;
		}
		return (previous > 0) ? previous - 1 : index;
	}

	private static void analyze(Analyzer analyzer, String text, TermListener listener) {
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			boolean more = true;
			while (more && tokens.incrementToken()) {
				more = listener.on(term.toString(), offset.startOffset(), offset.endOffset());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Receives each analyzed term of a text with its character range, and says whether to
	 * read on.
	 */
	@FunctionalInterface
	private interface TermListener {

		boolean on(String term, int start, int end);

	}

}
