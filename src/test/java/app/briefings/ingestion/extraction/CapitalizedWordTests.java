package app.briefings.ingestion.extraction;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CapitalizedWord}: it answers as matching the whole word with
 * {@code \p{Lu}\p{Ll}+} does.
 */
class CapitalizedWordTests {

	private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");

	@Test
	void shouldAcceptEveryWordThePatternMatches() {
		List<String> words = List.of("Ivan", "Иван", "Ёлкин", "Øystein", "Ab", "Ωmega", "\uD835\uDC00bc",
				"A\uD835\uDC1Ab");

		for (String word : words) {
			assertThat(CAPITALIZED.matcher(word).matches()).as(word).isTrue();
			assertThat(CapitalizedWord.is(word)).as(word).isTrue();
		}
	}

	@Test
	void shouldRejectEveryWordThePatternDoesNotMatch() {
		List<String> words = List.of("", "I", "Я", "ivan", "IVAN", "ИВАНОВ", "Ivan-Petrov", "Ivan's", "McCain", "Ivan2",
				"ǅem", "Ⓐbc", "\uD835\uDC00", "A\uD835\uDC00", "A\uD835", "\uD835bc");

		for (String word : words) {
			assertThat(CAPITALIZED.matcher(word).matches()).as(word).isFalse();
			assertThat(CapitalizedWord.is(word)).as(word).isFalse();
		}
	}

}
