package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker rules from the ninth blind round: names after a title in any Russian case are
 * filed in the nominative, and a person named later, recognized or not, blocks falling
 * back to a person named earlier.
 */
class Round9SpeakerRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldRestoreASoftStemFirstNameInTheInstrumentalAfterACompoundRank() {
		assertThat(RussianNominative.of("Игорем Веретенниковым", "генерал-лейтенантом"))
			.isEqualTo("Игорь Веретенников");
		assertThat(RussianNominative.of("Шамилем Каримовым", "полковником")).isEqualTo("Шамиль Каримов");
	}

	@Test
	void shouldRestoreASoftStemFirstNameInTheDative() {
		assertThat(RussianNominative.of("Игорю Веретенникову", "генерал-лейтенанту")).isEqualTo("Игорь Веретенников");
	}

	@Test
	void shouldGiveTheNominativeLabelOfAnInterviewToThePersonTheLeadNamesInTheInstrumental() {
		ExtractedItem item = only("Замглавы центра рассказал, кого вербуют террористы\n"
				+ "Мы поговорили с заместителем руководителя центра генерал-майором Игорем Лапшиным.\n"
				+ "**Редакция:** Кого вербуют чаще всего?\n"
				+ "**Игорь Лапшин:** Молодых людей, которые работают за границей и оторваны от семьи.");

		assertThat(names(item, EntityType.OFFICIAL)).containsOnly("Igor Lapshin");
		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Igor Lapshin");
	}

	@Test
	void shouldNameAPersonAfterATitleWithARepublicInItsComplement() {
		ExtractedItem item = only("Как сообщил заместитель председателя Пограничной службы Комитета национальной "
				+ "безопасности Республики Казахстан Ерлан Мукашев, патрули проводятся с весны.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Yerlan Mukashev");
	}

	@Test
	void shouldNotFallBackToAnEarlierSpeakerOverAnUnrecognizedNameAfterAKnownPlace() {
		ExtractedItem item = only("Пограничники двух стран усилили совместные патрули\n"
				+ "«Мы делаем ставку на патрули», — сказал полковник Эмиль Сатыбалдиев.\n"
				+ "Об этом рассказал гость из Казахстан Ерлан Мукашев, патрули проводятся с весны.\n"
				+ "«Мы пресекли семнадцать попыток», — добавил он.");

		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Emil Satybaldiyev", null);
	}

	@Test
	void shouldGiveAPartialQuoteInsideAReportedClauseToItsLinkedSpeaker() {
		ExtractedItem item = only("Leaders meet in Astana for a summit on border security\n"
				+ "Security analyst Timur Akhmetov told reporters that the summit would be \"more about the "
				+ "southern border than about anything else.\"");

		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Timur Akhmetov");
	}

	@Test
	void shouldNamePeopleAfterATitleAndAnInstitutionInApposition() {
		ExtractedItem item = only("Bankers oppose a new law on phone fraud in the region\n"
				+ "The Association of Bankers of Kazakhstan opposed the bill. Its deputy chairwoman, Aigerim Sadykova, "
				+ "spoke to reporters. A representative of the UN Office on Drugs and Crime, Paolo Rinaldi, spoke too.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactlyInAnyOrder("Aigerim Sadykova", "Paolo Rinaldi");
	}

	@Test
	void shouldGiveTheSurnameOfAPersonWithAMiddleNameToThatPerson() {
		ExtractedItem item = only("Kabul says the drills pose no threat to its neighbours\n"
				+ "A spokesman for the Islamic Emirate, Abdul Wahid Karimi, spoke in Kabul.\n"
				+ "\"Such exercises are their own business,\" Karimi said.");

		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Abdul Wahid Karimi");
	}

	@Test
	void shouldNotTakeTheEndOfAnInstitutesNameForAPersonBlockingTheReference() {
		ExtractedItem item = only("Extremist channels target ever younger audiences online\n"
				+ "Nodira Azimova, head of a department of the Centre for Strategic and Regional Studies, said that "
				+ "the share of such content had grown. \"The audience is getting younger every year,\" she said.");

		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Nodira Azimova");
	}

	@Test
	void shouldNameAMemberOfAParliamentWithAnIndeclinableName() {
		ExtractedItem item = only("Депутаты обсудили меры против вербовки молодежи\n"
				+ "Член Олий Мажлиса Гульнора Саидова отметила, что родителям стоит следить за детьми.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Gulnora Saidova");
	}

	@Test
	void shouldNotFileAWomansNameAfterAParliamentInAnObliqueCaseAsWritten() {
		ExtractedItem item = only("Депутаты обсудили меры против вербовки молодежи\n"
				+ "С депутатом Жогорку Кенеша Айнурой Осмоновой побеседовал наш корреспондент.");

		assertThat(names(item, EntityType.OFFICIAL)).isEmpty();
	}

	@Test
	void shouldNotJoinTheNextPersonToATitleComplementWithAnd() {
		ExtractedItem item = only("Officials discuss the situation in the north of the region\n"
				+ "Special Representative for Afghanistan John Miller and the CSTO Deputy Secretary General "
				+ "Askar Temirov discussed the situation.");

		assertThat(names(item, EntityType.OFFICIAL)).contains("John Miller", "Askar Temirov");
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

	private static List<ExtractedQuote> direct(ExtractedItem item) {
		return ExtractionAssertions.directQuotes(item);
	}

	private static List<String> names(ExtractedItem item, EntityType type) {
		return ExtractionAssertions.distinctNames(item, type);
	}

}
