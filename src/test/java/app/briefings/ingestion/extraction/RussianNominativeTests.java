package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The nominative of a man's name read from the case of the title before it. */
class RussianNominativeTests {

	@Test
	void shouldReadTheCaseOfANameAfterGlavaAsAfterAFeminineNoun() {
		assertThat(RussianNominative.of("Сироджиддином Назаровым", "главой МИД Таджикистана"))
			.isEqualTo("Сироджиддин Назаров");
		assertThat(RussianNominative.of("Рустама Ахмедова", "главы МВД Киргизии")).isEqualTo("Рустам Ахмедов");
		assertThat(RussianNominative.of("Рустаму Ахмедову", "главе МВД Киргизии")).isEqualTo("Рустам Ахмедов");
		assertThat(RussianNominative.of("Рустам Ахмедов", "глава МВД Киргизии")).isEqualTo("Рустам Ахмедов");
	}

	@Test
	void shouldDeclineEachPartOfADoubleSurname() {
		assertThat(RussianNominative.of("Бахромом Каримовым-Юсуповым", "заместителем директора"))
			.isEqualTo("Бахром Каримов-Юсупов");
	}

	@Test
	void shouldRestoreAWomansNameAfterATitleInTheGenitive() {
		assertThat(RussianNominative.of("Ольги Мироновой", "председателя комиссии")).isEqualTo("Ольга Миронова");
		assertThat(RussianNominative.of("Марии Зелинской", "председателя комиссии")).isEqualTo("Мария Зелинская");
		assertThat(RussianNominative.of("Галины Петренко", "председателя комиссии")).isEqualTo("Галина Петренко");
	}

}
