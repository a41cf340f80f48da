package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits an item's body into sentences, never across paragraphs: English with the OpenNLP
 * sentence model followed by a rule that rejoins breaks after titles, initials and
 * "U.S.", Russian with punctuation rules that know the common abbreviations and initials.
 */
final class SentenceSplitter {

	private static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	private static final Pattern ENGLISH_NO_BREAK_AFTER = Pattern.compile(
			"(?:\\b(?:Col|Gen|Lt|Maj|Mr|Mrs|Ms|Dr|Adm|Sgt|Capt|Prof|Jr|Sr|St|No|vs|Gov|Sen|Rep|Brig|Cmdr|Gens)\\.|(?<![\\p{L}.])\\p{Lu}\\.)$");

	private static final Pattern COUNTRY_ABBREVIATION = Pattern.compile("\\b(?:U\\.S|U\\.N|U\\.K|E\\.U)\\.$");

	/**
	 * How many last characters of a sentence can hold a match of the two patterns above,
	 * with room for a line break that {@code $} lets follow it.
	 */
	private static final int ABBREVIATION_TAIL_LENGTH = 16;

	private static final String STARTERS = "(?:The|He|She|It|They|We|In|On|At|But|This|That|These|A|An|However|Meanwhile|According|As|I)\\b";

	private static final Pattern SENTENCE_STARTER = Pattern.compile("^" + STARTERS);

	private static final Pattern BREAK_AFTER_COUNTRY_ABBREVIATION = Pattern
		.compile("\\b(?:U\\.S|U\\.N|U\\.K|E\\.U)\\.\\h+(?=" + STARTERS + ")");

	private static final Pattern RUSSIAN_BREAK = Pattern.compile("[.!?…]+[»”\")]*\\h+(?=[\\p{Lu}«\"“—–0-9])");

	private static final Pattern RUSSIAN_NO_BREAK_BEFORE = Pattern.compile(
			"(?:\\b(?:г|гг|ген|им|т|тыс|млн|млрд|руб|ул|д|др|пр|см|стр|с|н|т\\.е|т\\.д|т\\.п|вице|зам)|(?<!\\p{L})\\p{Lu})$");

	private final SentenceModel model;

	private final ThreadLocal<SentenceDetectorME> englishDetector;

	SentenceSplitter() {
		this.model = loadModel();
		this.englishDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.model));
	}

	private static SentenceModel loadModel() {
		try (InputStream in = SentenceSplitter.class.getResourceAsStream(ENGLISH_MODEL)) {
			if (in == null) {
				throw new IllegalStateException("Sentence model " + ENGLISH_MODEL + " is not on the classpath");
			}
			return new SentenceModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Span> split(String text, String language) {
		List<Span> sentences = new ArrayList<>();
		for (Span paragraph : paragraphs(text)) {
			Checkpoints.check();
			String paragraphText = text.substring(paragraph.start(), paragraph.end());
			List<Span> local = "ru".equals(language) ? splitRussian(paragraphText) : splitEnglish(paragraphText);
			for (Span sentence : local) {
				sentences.add(new Span(paragraph.start() + sentence.start(), paragraph.start() + sentence.end()));
			}
		}
		return sentences;
	}

	static List<Span> paragraphs(String text) {
		List<Span> paragraphs = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (!text.substring(start, end).isBlank()) {
				paragraphs.add(new Span(start, end));
			}
			start = end + 1;
		}
		return paragraphs;
	}

	private List<Span> splitEnglish(String paragraph) {
		opennlp.tools.util.Span[] found = this.englishDetector.get().sentPosDetect(paragraph);
		List<Span> merged = new ArrayList<>();
		for (opennlp.tools.util.Span sentence : found) {
			Span next = new Span(sentence.getStart(), sentence.getEnd());
			if (!merged.isEmpty() && continuesAcrossAbbreviation(paragraph, merged.get(merged.size() - 1), next)) {
				Span previous = merged.remove(merged.size() - 1);
				next = new Span(previous.start(), next.end());
			}
			merged.add(next);
		}
		return splitAfterCountryAbbreviations(paragraph, merged);
	}

	private static List<Span> splitAfterCountryAbbreviations(String paragraph, List<Span> sentences) {
		if (!paragraph.contains("U.")) {
			return sentences;
		}
		List<Span> split = new ArrayList<>();
		for (Span sentence : sentences) {
			Matcher breaks = BREAK_AFTER_COUNTRY_ABBREVIATION.matcher(paragraph)
				.region(sentence.start(), sentence.end());
			int start = sentence.start();
			while (breaks.find()) {
				split.add(new Span(start,
						breaks.end() - (breaks.group().length() - breaks.group().stripTrailing().length())));
				start = breaks.end();
			}
			split.add(new Span(start, sentence.end()));
		}
		return split;
	}

	private static boolean continuesAcrossAbbreviation(String paragraph, Span previous, Span next) {
		String before = paragraph.substring(previous.start(), previous.end());
		if (endMatcher(COUNTRY_ABBREVIATION, before).find()) {
			return !SENTENCE_STARTER.matcher(paragraph.substring(next.start(), next.end())).lookingAt();
		}
		return endMatcher(ENGLISH_NO_BREAK_AFTER, before).find();
	}

	/**
	 * A matcher for a pattern whose matches end at the end of the text (with {@code $})
	 * and are at most a few characters long, searching the text's last characters only,
	 * with what comes before them still in view of lookbehinds and word boundaries.
	 */
	private static Matcher endMatcher(Pattern pattern, String text) {
		return pattern.matcher(text)
			.region(Math.max(0, text.length() - ABBREVIATION_TAIL_LENGTH), text.length())
			.useTransparentBounds(true);
	}

	private static List<Span> splitRussian(String paragraph) {
		List<Span> sentences = new ArrayList<>();
		Matcher breaks = RUSSIAN_BREAK.matcher(paragraph);
		int start = 0;
		while (breaks.find()) {
			String before = paragraph.substring(start, breaks.start());
			if (RUSSIAN_NO_BREAK_BEFORE.matcher(before).find() && breaks.group().startsWith(".")) {
				continue;
			}
			int end = breaks.end() - (breaks.group().length() - breaks.group().stripTrailing().length());
			sentences.add(new Span(start, end));
			start = breaks.end();
		}
		if (start < paragraph.length()) {
			sentences.add(new Span(start, paragraph.stripTrailing().length()));
		}
		return sentences;
	}

	/**
	 * The sentence holding the offset, found by halving: the sentences of {@link #split}
	 * are in order and do not overlap.
	 */
	static Span containing(List<Span> sentences, int offset, int textLength) {
		int low = 0;
		int high = sentences.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Span sentence = sentences.get(middle);
			if (offset < sentence.start()) {
				high = middle - 1;
			}
			else if (offset >= sentence.end()) {
				low = middle + 1;
			}
			else {
				return sentence;
			}
		}
		return new Span(Math.max(0, offset - 200), Math.min(textLength, offset + 200));
	}

}
