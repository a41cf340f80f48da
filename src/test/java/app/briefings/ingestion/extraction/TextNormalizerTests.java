package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cleaning raw text while keeping the way back to it. */
class TextNormalizerTests {

	@Test
	void shouldCleanLineEndsSpacesAndInvisibleCharacters() {
		TextNormalizer.NormalizedText normalized = TextNormalizer.normalize("a\r\nb\u00A0c\u00ADd\u200Be\tf");
		assertThat(normalized.text()).isEqualTo("a\nb cde f");
	}

	@Test
	void shouldMapEveryKeptCharacterBackToTheRawText() {
		String raw = "x\r\ny\u00ADz";
		TextNormalizer.NormalizedText normalized = TextNormalizer.normalize(raw);
		assertThat(normalized.text()).isEqualTo("x\nyz");
		assertThat(raw.charAt(normalized.originalOffset(2))).isEqualTo('y');
		assertThat(raw.charAt(normalized.originalOffset(3))).isEqualTo('z');
		assertThat(normalized.originalOffset(4)).isEqualTo(raw.length());
	}

}
