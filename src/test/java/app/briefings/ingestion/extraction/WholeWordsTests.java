package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WholeWords}.
 */
class WholeWordsTests {

	@Test
	void shouldFindAWordOnlyWhereItStandsWhole() {
		String text = "Zas met Zasimov; Zas, then Zas2 and (Zas).";

		assertThat(WholeWords.of("Zas", text)).containsExactly(new Span(0, 3), new Span(17, 20), new Span(37, 40));
	}

	@Test
	void shouldTreatCyrillicLettersAndAllNumbersAsPartOfAWord() {
		String text = "Зася и Засю, Зася² и «Зася»";

		assertThat(WholeWords.of("Зася", text)).containsExactly(new Span(0, 4), new Span(22, 26));
	}

	@Test
	void shouldNotLetOccurrencesOverlap() {
		assertThat(WholeWords.of("aa", "aa aaa aa")).containsExactly(new Span(0, 2), new Span(7, 9));
	}

	@Test
	void shouldFindWordsBesideCharactersBeyondTheBasicPlane() {
		String text = "𝐀 Zas 𝐀Zas Zas😀";

		assertThat(WholeWords.of("Zas", text)).containsExactly(new Span(3, 6), new Span(9, 12), new Span(13, 16));
	}

}
