package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence boundaries in English and Russian, around titles, initials and abbreviations.
 */
class SentenceSplitterTests {

	private static final SentenceSplitter SPLITTER = new SentenceSplitter();

	@Test
	void shouldNotBreakAfterMilitaryTitles() {
		assertThat(sentences("The drill was led by Col. Gen. Ivan Petrov. It ended on Friday.", "en"))
			.containsExactly("The drill was led by Col. Gen. Ivan Petrov.", "It ended on Friday.");
	}

	@Test
	void shouldNotBreakAfterUsOrInitials() {
		assertThat(sentences("Mr. Smith met U.S. officials and A. B. Ivanov in Minsk. They talked.", "en"))
			.containsExactly("Mr. Smith met U.S. officials and A. B. Ivanov in Minsk.", "They talked.");
	}

	@Test
	void shouldBreakAfterUsAtTheEndOfASentence() {
		assertThat(sentences("The sanctions came from the U.S. The minister objected.", "en")).hasSize(2);
	}

	@Test
	void shouldSplitRussianTextButNotAfterInitialsOrAbbreviations() {
		assertThat(sentences("В 2020 г. С. В. Зась возглавил ОДКБ. Он руководил ею три года! Что дальше?", "ru"))
			.containsExactly("В 2020 г. С. В. Зась возглавил ОДКБ.", "Он руководил ею три года!", "Что дальше?");
	}

	@Test
	void shouldNeverJoinParagraphs() {
		assertThat(sentences("First paragraph without a stop\n\nSecond one.", "en"))
			.containsExactly("First paragraph without a stop", "Second one.");
	}

	private static List<String> sentences(String text, String language) {
		return SPLITTER.split(text, language).stream().map(span -> text.substring(span.start(), span.end())).toList();
	}

}
