package app.briefings.ingestion.extraction;

import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the keyword test of {@link UnquotedOperationPattern}: every offset where a
 * name followed by its keyword can begin is let through.
 */
class UnquotedOperationPatternTests {

	@Test
	void shouldLetThroughEveryOffsetWhereANameAndItsKeywordBegin() {
		List<String> texts = List.of("Troops held the Rubezh-2025 training near Osh.",
				"The Search and Echelon EXERCISES ended; Indestructible Brotherhood drills began.",
				"the Echelon logistics exercise and the Mercenary measures",
				"Прошли учения Канал и Гром тренировки, а также Канал операция.", "Bars SPECIAL  TRAINING",
				"Echelon\u00A0Operations", "Гром-2024 ОПЕРАЦИЯ", "Echelon operatİon");
		int begins = 0;

		for (String text : texts) {
			boolean[] ahead = UnquotedOperationPattern.keywordAhead(text);
			Matcher matcher = UnquotedOperationPattern.NAME_THEN_KEYWORD.matcher(text)
				.useTransparentBounds(true)
				.useAnchoringBounds(false);
			for (int offset = 0; offset < text.length(); offset++) {
				if (matcher.region(offset, text.length()).lookingAt()) {
					begins++;
					assertThat(ahead[offset]).as("%s at %d", text, offset).isTrue();
				}
			}
		}

		assertThat(begins).isGreaterThanOrEqualTo(texts.size());
	}

	@Test
	void shouldStopAtPunctuationAndLineBreaks() {
		String text = "Rubezh, near Osh.\nThe training";

		boolean[] ahead = UnquotedOperationPattern.keywordAhead(text);

		assertThat(ahead[0]).isFalse();
		assertThat(ahead[text.indexOf("near")]).isFalse();
		assertThat(ahead[text.indexOf("The")]).isTrue();
	}

}
