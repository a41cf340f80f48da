package app.briefings.editorial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefings.briefing.Quote;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quote an editor's speaker fix belongs to in a briefing extracted again,
 * perhaps from a partner's reworded text. A quote is the same quote when its text is
 * unchanged; or when it stands in the sentence at the same position (same paragraph
 * index, same sentence index in it) and shares at least {@value #SAME_SENTENCE_OVERLAP}
 * of its words with the corrected text; or, anywhere in the briefing, when it shares at
 * least {@value #ANYWHERE_OVERLAP} of them. Word overlap is the Dice coefficient of the
 * two texts' lower-cased words, counted with repeats. Two quotes that fit equally well
 * match neither.
 */
final class SpeakerFixMatcher {

	static final double SAME_SENTENCE_OVERLAP = 0.5;

	static final double ANYWHERE_OVERLAP = 0.8;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[»\"”’']?\\s+");

	private SpeakerFixMatcher() {
	}

	/** Where a quote stands in its body: paragraph index and sentence index in it. */
	record Position(int paragraph, int sentence) {

		static Position of(String body, int start) {
			int bounded = Math.max(0, Math.min(start, body.length()));
			String before = body.substring(0, bounded);
			int paragraph = 0;
			int paragraphStart = 0;
			for (int index = 0; index < before.length(); index++) {
				if (before.charAt(index) == '\n') {
					if (index == 0 || before.charAt(index - 1) != '\n') {
						paragraph++;
					}
					paragraphStart = index + 1;
				}
			}
			int sentence = 0;
			Matcher ends = SENTENCE_END.matcher(before.substring(paragraphStart));
			while (ends.find()) {
				sentence++;
			}
			return new Position(paragraph, sentence);
		}

	}

	/**
	 * The index of the quote the fix belongs to, or empty when none is clearly it.
	 * @param fixedText the quote's text when the editor fixed it
	 * @param fixedAt where it stood then, or null when that was not recorded
	 */
	static OptionalInt find(String fixedText, @Nullable Position fixedAt, String body, List<Quote> quotes) {
		String wanted = fixedText.strip();
		for (int index = 0; index < quotes.size(); index++) {
			if (quotes.get(index).text().strip().equals(wanted)) {
				return OptionalInt.of(index);
			}
		}
		Map<String, Integer> wantedWords = words(wanted);
		List<Double> overlaps = new ArrayList<>(quotes.size());
		for (Quote quote : quotes) {
			overlaps.add(overlap(wantedWords, words(quote.text())));
		}
		OptionalInt inSentence = best(overlaps, SAME_SENTENCE_OVERLAP,
				(index) -> fixedAt != null && fixedAt.equals(Position.of(body, quotes.get(index).span().start())));
		if (inSentence.isPresent()) {
			return inSentence;
		}
		return best(overlaps, ANYWHERE_OVERLAP, (index) -> true);
	}

	private static OptionalInt best(List<Double> overlaps, double threshold, IntPredicate eligible) {
		int best = -1;
		boolean tied = false;
		for (int index = 0; index < overlaps.size(); index++) {
			double overlap = overlaps.get(index);
			if (overlap < threshold || !eligible.test(index)) {
				continue;
			}
			if (best < 0 || overlap > overlaps.get(best)) {
				best = index;
				tied = false;
			}
			else if (overlap == overlaps.get(best)) {
				tied = true;
			}
		}
		return (best < 0 || tied) ? OptionalInt.empty() : OptionalInt.of(best);
	}

	/** The Dice coefficient of two word multisets, from 0 to 1. */
	static double overlap(Map<String, Integer> a, Map<String, Integer> b) {
		int sizeA = size(a);
		int sizeB = size(b);
		if (sizeA + sizeB == 0) {
			return 0;
		}
		int shared = 0;
		for (Map.Entry<String, Integer> word : a.entrySet()) {
			shared += Math.min(word.getValue(), b.getOrDefault(word.getKey(), 0));
		}
		return 2.0 * shared / (sizeA + sizeB);
	}

	static Map<String, Integer> words(String text) {
		Map<String, Integer> words = new HashMap<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.merge(matcher.group(), 1, Integer::sum);
		}
		return words;
	}

	private static int size(Map<String, Integer> words) {
		int size = 0;
		for (int count : words.values()) {
			size += count;
		}
		return size;
	}

}
