package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The script-independent keys that names are matched on. */
class AliasKeyTests {

	@Test
	void shouldGiveCyrillicAndLatinSpellingsTheSameKey() {
		assertThat(AliasKey.of("Станислав Зась")).isEqualTo("stanislav zas").isEqualTo(AliasKey.of("Stanislav Zas"));
		assertThat(AliasKey.of("Zas'")).isEqualTo("zas");
		assertThat(AliasKey.of("Zas’")).isEqualTo("zas");
	}

	@Test
	void shouldGiveABgnSpellingAndTheCommonEnglishOneTheSameKey() {
		assertThat(AliasKey.of("Орозалиев")).isEqualTo(AliasKey.of("Orozaliev"))
			.isEqualTo(AliasKey.of("Orozaliyev"))
			.isEqualTo("orozaliev");
		assertThat(AliasKey.of("Кулубаев")).isEqualTo(AliasKey.of("Kulubaev")).isEqualTo(AliasKey.of("Kulubayev"));
		assertThat(AliasKey.of("Yermek Yerevan")).isEqualTo("yermek yerevan");
	}

	@Test
	void shouldFoldPunctuationAndCaseAway() {
		assertThat(AliasKey.of("Cronos.Asia")).isEqualTo("cronos asia");
		assertThat(AliasKey.of("U.S.")).isEqualTo("u s");
		assertThat(AliasKey.of("Рубеж-2025")).isEqualTo("rubezh 2025");
		assertThat(AliasKey.of("ОДКБ")).isEqualTo("odkb");
	}

	@Test
	void shouldKeepWordsWholeThatTheTransliterationSplitsWithADot() {
		assertThat(AliasKey.of("Нерушимое братство")).isEqualTo("nerushimoe bratstvo");
	}

	@Test
	void shouldGiveANewCyrillicNameAReadableLatinForm() {
		assertThat(AliasKey.latin("Бактыбек Бекболотов")).isEqualTo("Baktybek Bekbolotov");
		assertThat(AliasKey.latin("Жээнбек Кулубаев")).isEqualTo("Zheenbek Kulubayev");
		assertThat(AliasKey.latin("Кобальт")).isEqualTo("Kobalt");
		assertThat(AliasKey.latin("Sergey Lavrov")).isEqualTo("Sergey Lavrov");
	}

}
