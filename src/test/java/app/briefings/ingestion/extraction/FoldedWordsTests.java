package app.briefings.ingestion.extraction;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FoldedWords}: it finds its words wherever a case-insensitive Unicode
 * pattern of them finds them, and nowhere else.
 */
class FoldedWordsTests {

	private static final FoldedWords WORDS = FoldedWords.of("contributed", "фото", "train");

	private static final Pattern SAME_WORDS = Pattern.compile("(?iu)contributed|фото|train");

	@Test
	void shouldFindTheWordsWhereverTheCaseInsensitivePatternFindsThem() {
		List<String> texts = List.of("Reuters contributed to this report.", "CONTRIBUTED", "Contributed reporting",
				"ФОТО: ТАСС", "Фото с сайта мэрии", "фОтО", "the Rubezh TRAINING", "Training exercises", "strained",
				"Reuters contrİbuted", "Reuters contrıbuted", "ТРЕНИРОВКА в поле, Фото", "train");

		for (String text : texts) {
			assertThat(SAME_WORDS.matcher(text).find()).as(text).isTrue();
			assertThat(WORDS.anyIn(text)).as(text).isTrue();
		}
	}

	@Test
	void shouldFindNothingWhereThePatternFindsNothing() {
		List<String> texts = List.of("", "Reuters contributes to this report", "photo by AP", "фот", "tra in",
				"контрибьютор", "т р а и н");

		for (String text : texts) {
			assertThat(SAME_WORDS.matcher(text).find()).as(text).isFalse();
			assertThat(WORDS.anyIn(text)).as(text).isFalse();
		}
	}

	@Test
	void shouldTellWhichOffsetsAWordFollowsWithinAPhrase() {
		String text = "Ivanov, big Train. Фото";

		boolean[] ahead = WORDS.aheadWithin(text, (c) -> Character.isLetter(c) || c == ' ');

		assertThat(ahead).hasSize(text.length() + 1);
		assertThat(ahead[0]).as("the comma ends the phrase").isFalse();
		assertThat(ahead[text.indexOf("big")]).isTrue();
		assertThat(ahead[text.indexOf("Train")]).isTrue();
		assertThat(ahead[text.indexOf("rain")]).isFalse();
		assertThat(ahead[text.indexOf(". ") + 1]).isTrue();
		assertThat(ahead[text.indexOf("ото")]).isFalse();
		assertThat(ahead[text.length()]).isFalse();
	}

}
