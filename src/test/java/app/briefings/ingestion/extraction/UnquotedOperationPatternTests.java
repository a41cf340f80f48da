package app.briefings.ingestion.extraction;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the cheap tests of {@link UnquotedOperationPattern}: every offset where one
 * of its patterns can begin is let through.
 */
class UnquotedOperationPatternTests {

	@Test
	void shouldLetThroughEveryOffsetWhereANameAndItsKeywordBegin() {
		List<String> texts = List.of("Troops held the Rubezh-2025 training near Osh.",
				"The Search and Echelon EXERCISES ended; Indestructible Brotherhood drills began.",
				"the Echelon logistics exercise and the Mercenary measures",
				"Прошли учения Канал и Гром тренировки, а также Канал операция.", "Bars SPECIAL  TRAINING",
				"Echelon\u00A0Operations", "Гром-2024 ОПЕРАЦИЯ", "Echelon operatİon");

		assertLetThrough(texts, UnquotedOperationPattern.NAME_THEN_KEYWORD, UnquotedOperationPattern::keywordAhead);
	}

	@Test
	void shouldLetThroughEveryOffsetWhereAPhraseAndItsNamingCommaBegin() {
		List<String> texts = List.of("Measures against the recruitment of fighters, known as Mercenary, began.",
				"The OPERATIONS against drug trafficking, Code-named Channel, ended; the drills for reservists,\u00A0dubbed Rubezh-2025, too.",
				"Учения по охране границы, known as Echelon, прошли.");

		assertLetThrough(texts, UnquotedOperationPattern.KEYWORD_PHRASE_THEN_NAME,
				(text) -> UnquotedOperationPattern.commaAhead(text, UnquotedOperationPattern.NAMING_AFTER_COMMA));
	}

	@Test
	void shouldLetThroughEveryOffsetWhereANameInAppositionBegins() {
		List<String> texts = List.of("Channel, the anti-drug operation that began in May, ended.",
				"Rubezh-2025 Bars–2024, an annual joint counter-terrorism exercise, and Гром Канал, the drills.",
				"Indestructible\u00A0Brotherhood, a set of measures");

		assertLetThrough(texts, UnquotedOperationPattern.NAME_THEN_APPOSITION,
				(text) -> UnquotedOperationPattern.commaAhead(text, UnquotedOperationPattern.APPOSITION_AFTER_COMMA));
	}

	/**
	 * Asserts that the cheap test lets through every offset where the pattern matches,
	 * and that the texts hold at least one match each.
	 */
	private static void assertLetThrough(List<String> texts, Pattern pattern, Function<String, boolean[]> cheapTest) {
		int begins = 0;
		for (String text : texts) {
			boolean[] ahead = cheapTest.apply(text);
			Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
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
	void shouldLeadToACommaOnlyThroughTheCharactersOfAName() {
		String text = "Channel (PROXY), the operation. Rubezh\nEchelon, the exercise";

		boolean[] ahead = UnquotedOperationPattern.commaAhead(text, UnquotedOperationPattern.APPOSITION_AFTER_COMMA);

		assertThat(ahead[0]).isFalse();
		assertThat(ahead[text.indexOf("PROXY")]).isFalse();
		assertThat(ahead[text.indexOf("Rubezh")]).isFalse();
		assertThat(ahead[text.indexOf("Echelon")]).isTrue();
	}

	@Test
	void shouldStopAtPunctuationAndLineBreaks() {
		String text = "Rubezh, near Osh.\nThe training";

		boolean[] ahead = UnquotedOperationPattern.keywordAhead(text);

		assertThat(ahead[0]).isFalse();
		assertThat(ahead[text.indexOf("near")]).isFalse();
		assertThat(ahead[text.indexOf("The")]).isTrue();
	}

	@Test
	void shouldCountAKnownOperationWrittenWithItsEditionYearAndNoKeyword() {
		UnquotedOperationPattern pattern = new UnquotedOperationPattern(new Gazetteer(KnowledgeBaseFiles.all()));

		List<Occurrence> found = pattern.find("The drills are the first in Kazakhstan since Rubezh-2025, and "
				+ "Indestructible Brotherhood-2026 follows. Windows-2025 is software.");

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Rubezh", "Indestructible Brotherhood");
	}

}
