package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Russian case forms generated for names instead of stemming. */
class RussianCaseFormsTests {

	@Test
	void shouldDeclineASurnameWithASoftSign() {
		assertThat(RussianCaseForms.of("Зась")).contains("Зася", "Засю", "Засем", "Засе");
	}

	@Test
	void shouldDeclineASurnameInOv() {
		assertThat(RussianCaseForms.of("Тасмагамбетов")).contains("Тасмагамбетова", "Тасмагамбетову", "Тасмагамбетовым",
				"Тасмагамбетове");
	}

	@Test
	void shouldDeclineFirstNameAndSurnameTogether() {
		assertThat(RussianCaseForms.of("Станислав Зась")).contains("Станислава Зася", "Станиславом Засем");
		assertThat(RussianCaseForms.of("Сергей Лавров")).contains("Сергея Лаврова", "Сергею Лаврову");
	}

	@Test
	void shouldDeclinePlaceNames() {
		assertThat(RussianCaseForms.of("Армения")).contains("Армении", "Армению");
		assertThat(RussianCaseForms.of("Москва")).contains("Москвы", "Москве", "Москву");
		assertThat(RussianCaseForms.of("Беларусь")).contains("Беларуси");
	}

	@Test
	void shouldLeaveAcronymsAndIndeclinableNamesAlone() {
		assertThat(RussianCaseForms.of("ОДКБ")).isEmpty();
		assertThat(RussianCaseForms.of("Алматы")).isEmpty();
		assertThat(RussianCaseForms.of("Шойгу")).isEmpty();
	}

	@Test
	void shouldDeclineOnlyTheHeadWordOfAnOrganization() {
		assertThat(RussianCaseForms.ofHeadWord("Совет коллективной безопасности"))
			.contains("Совета коллективной безопасности", "Совете коллективной безопасности");
	}

	@Test
	void shouldIgnoreLatinNames() {
		assertThat(RussianCaseForms.of("Stanislav Zas")).isEmpty();
	}

	@Test
	void shouldGiveTheInstrumentalInEiAfterAHushingConsonant() {
		assertThat(RussianCaseForms.of("Польша")).contains("Польшей").doesNotContain("Польшой");
	}

	@Test
	void shouldDeclineEveryAdjectiveBeforeTheHeadOfAnOrganizationsName() {
		assertThat(RussianCaseForms.ofHeadWord("Региональная антитеррористическая структура ШОС"))
			.contains("Региональной антитеррористической структуры ШОС");
	}

}
