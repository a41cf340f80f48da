package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** People recognized by the title written before their names. */
class TitledPersonPatternTests {

	@Test
	void shouldNotTakeTheBodyOfAnOwnerInThePossessiveAfterATitleForAPerson() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"Li Ming, a deputy secretary of Mongolia's Central Customs and Border Administration, joined the talks.",
				List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name()).doesNotContain("Central Customs");
	}

	@Test
	void shouldNotTakeAnInstitutionInTheGenitiveAfterATitleForAPerson() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"С докладом выступил директор Агентства Памира по делам молодежи, затем сотрудник Центра Балтики.",
				List.of());

		assertThat(found).isEmpty();
	}

	@Test
	void shouldFindTitledPeopleTheKnowledgeBaseDoesNotKnow() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"Kyrgyz Defense Minister Baktybek Bekbolotov met Col. Gen. Ivan Petrov and President A. B. Karimov.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name(), Occurrence::role)
			.containsExactly(tuple("Baktybek Bekbolotov", "Kyrgyz Defense Minister"), tuple("Ivan Petrov", "Col. Gen."),
					tuple("A. B. Karimov", "President"));
		assertThat(found).allSatisfy(occurrence -> assertThat(occurrence.entity().knownId()).isNull());
	}

	@Test
	void shouldFindPeopleNamedBeforeACountrysTitleOrAsMembersOfAParliament() {
		List<Occurrence> found = TitledPersonPattern.findNew("\"We will help,\" Timur Aliev, Tajikistan's deputy "
				+ "minister of labor, told reporters. Pavel Orlov, a member of the State Duma's security committee, "
				+ "said the checks would go on.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactlyInAnyOrder("Timur Aliev", "Pavel Orlov");
	}

	@Test
	void shouldNotTakeAPrepositionOpeningTheSentenceForAFirstNameInApposition() {
		List<Occurrence> found = TitledPersonPattern
			.findNew("In Khorog, the district police spokesman, Farid Nazarov, said the men were known.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name()).doesNotContain("In Khorog");
	}

	@Test
	void shouldNameAnOfficialIntroducedInApposition() {
		List<Occurrence> found = TitledPersonPattern
			.findNew("\"The registry will be shared,\" said Farhod Umarov, a senior CIS official. (WIRE)", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name(), Occurrence::role)
			.containsExactly(tuple("Farhod Umarov", "senior CIS official"));
	}

	@Test
	void shouldNameADeputyOfAPartyNamedInQuotationMarks() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"Депутат от правящей партии «Новый путь» Арам Саркисян поддержал позицию правительства.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Арам Саркисян");
	}

	@Test
	void shouldNameAPersonWithAPatronymicInTheInstrumental() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"Итоги журнал обсудил с начальником отдела полковником Асланом Бекетовичем Сарсенбаевым.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Аслан Бекетович Сарсенбаев");
	}

	@Test
	void shouldNameAnAssociateProfessorByHisTitle() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"Мы поговорили с бывшим сотрудником министерства, ныне доцентом КГУ Тимуром Оразбаевым.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Тимур Оразбаев");
	}

	@Test
	void shouldTransliterateCyrillicNamesAndKeepTheOriginalAsAlias() {
		List<Occurrence> found = TitledPersonPattern.findNew("министр обороны Киргизии Бактыбек Бекболотов прибыл",
				List.of());
		assertThat(found).singleElement().satisfies(occurrence -> {
			assertThat(occurrence.entity().name()).isEqualTo("Baktybek Bekbolotov");
			assertThat(occurrence.entity().aliases()).containsExactly("Бактыбек Бекболотов");
			assertThat(occurrence.role()).isEqualTo("министр обороны Киргизии");
		});
	}

	@Test
	void shouldFileANewPersonNamedInAnObliqueCaseUnderTheNominative() {
		List<Occurrence> found = TitledPersonPattern
			.findNew("встретился с министром обороны Киргизии Бактыбеком Бекболотовым, "
					+ "а затем принял посла Армении Сурена Папикяна.", List.of());
		assertThat(found)
			.extracting(occurrence -> occurrence.entity().name(), occurrence -> occurrence.entity().aliases())
			.containsExactly(tuple("Baktybek Bekbolotov", List.of("Бактыбек Бекболотов", "Бактыбеком Бекболотовым")),
					tuple("Suren Papikyan", List.of("Сурен Папикян", "Сурена Папикяна")));
	}

	@Test
	void shouldReadTheCaseOfANameFromACompoundRankBeforeIt() {
		List<Occurrence> found = TitledPersonPattern.findNew("Он встретился с генерал-майором Тимуром Ержановым.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Тимур Ержанов");
	}

	@Test
	void shouldFindPeopleNamedAfterARankOrAMandate() {
		List<Occurrence> found = TitledPersonPattern.findNew("Майор милиции Олег Дронов и депутат Анна Руденко "
				+ "встретились с Lt. Col. Timur Aliev и Opposition deputy Arsen Melikyan.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name(), Occurrence::role)
			.containsExactly(tuple("Oleg Dronov", "Майор милиции"), tuple("Anna Rudenko", "депутат"),
					tuple("Timur Aliev", "Lt. Col."), tuple("Arsen Melikyan", "Opposition deputy"));
	}

	@Test
	void shouldNotTakeATitleForANameAfterAnotherTitle() {
		assertThat(TitledPersonPattern.findNew("Timur Aliev is a former Deputy Foreign Minister of Kyrgyzstan. "
				+ "The deputy Defence Minister Aliev spoke after him.", List.of()))
			.isEmpty();
	}

	@Test
	void shouldFindAPersonNamedBeforeAMandateInApposition() {
		List<Occurrence> found = TitledPersonPattern.findNew("Also at the range was Dilnoza Rakhimova, a Kyrgyz member "
				+ "of parliament, who came with two colleagues. Central Asia, a region of lawmakers, was quiet.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name(), Occurrence::role)
			.containsExactly(tuple("Dilnoza Rakhimova", "Kyrgyz member of parliament"));
	}

	@Test
	void shouldFindPeopleNamedBeforeTheirTitleInApposition() {
		List<Occurrence> found = TitledPersonPattern
			.findNew("Timur Aliev, Deputy Head of the Regional Mediation Centre, "
					+ "arrived on Monday. \"We are ready,\" said Irina Volkova, a senior adviser at the Border Academy. "
					+ "In Dushanbe, Deputy Minister Rustam Nazarov spoke. Олег Дронов — депутат областного собрания.",
					List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name(), Occurrence::role)
			.containsExactlyInAnyOrder(tuple("Timur Aliev", "Deputy Head"), tuple("Irina Volkova", "senior adviser"),
					tuple("Rustam Nazarov", "Deputy Minister"), tuple("Oleg Dronov", "депутат"));
	}

	@Test
	void shouldFindPeopleAfterRussianTitlesWithLongGenitiveChainsAndNotTakeTheChainForAName() {
		List<Occurrence> found = TitledPersonPattern.findNew("Проект внес заместитель председателя Комитета Областной "
				+ "Думы по безопасности Игорь Седов, его поддержал губернатору края Петру Рыбину не подчиненный "
				+ "член Совета Федерации Олег Ланской, а начальник пресс-службы краевого управления Инна Белова промолчала. "
				+ "Политолог Ирина Юдина спорить не стала.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Игорь Седов", "Петр Рыбин", "Олег Ланской", "Инна Белова", "Ирина Юдина");
	}

	@Test
	void shouldTakeAnalystsAndGovernorsWrittenBeforeAnEnglishNameForPeople() {
		assertThat(TitledPersonPattern.findNew("Political analyst Aram Petrosyan and Governor Ivan Orlov agreed.",
				List.of()))
			.extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Aram Petrosyan", "Ivan Orlov");
	}

	@Test
	void shouldNotTakeInstitutionsForPeople() {
		assertThat(TitledPersonPattern.findNew("the UN General Assembly Resolution was adopted", List.of())).isEmpty();
	}

	@Test
	void shouldReadTheRoleWrittenBeforeAName() {
		String text = "The Head of the CSTO CMFA, Minister of Foreign Affairs Sergey Lavrov spoke.";
		int name = text.indexOf("Sergey");
		assertThat(TitledPersonPattern.roleBefore(text, new Span(0, text.length()), name))
			.isEqualTo("Head of the CSTO CMFA, Minister of Foreign Affairs");
	}

	@Test
	void shouldFindPeopleTitledAsDiplomatsResearchersOrAgencyDirectors() {
		List<Occurrence> found = TitledPersonPattern.findNew("Chile's deputy permanent representative, Tomas Rivera, "
				+ "met the Ambassador Extraordinary and Plenipotentiary of the Republic of Peru, Ana Soto, and "
				+ "Lena Berg, a researcher at the Nordic Centre, said so; so did Omar Diaz, director of the Port Authority.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactlyInAnyOrder("Tomas Rivera", "Ana Soto", "Lena Berg", "Omar Diaz");
	}

	@Test
	void shouldFindPeopleAfterRussianHeadsEnvoysAndCounterparts() {
		List<Occurrence> found = TitledPersonPattern.findNew("Министр принял своего чилийского коллегу Педро Гомеса, "
				+ "а руководитель Центра программ ООН в Лиме Анна Торрес и полпред губернатора в Северной провинции "
				+ "Иван Лосев выступили.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactlyInAnyOrder("Педро Гомес", "Анна Торрес", "Иван Лосев");
	}

	@Test
	void shouldNotTakeTheRoleOfAPersonAtAMeetingForAFirstName() {
		List<Occurrence> found = TitledPersonPattern
			.findNew("The session opened. Moderator Anna Kim, secretary of the Security Council of Mongolia, welcomed "
					+ "the guests. Host Timur Bekov, chairman of the forum, spoke next.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Anna Kim", "Timur Bekov");
	}

	@Test
	void shouldNameAnEnvoyAnInstructorAndAnEconomistByTheirTitles() {
		List<Occurrence> found = TitledPersonPattern.findNew(
				"Talks with EU envoy Lars Berg ended. \"Dogs are faster,\" "
						+ "said course instructor Timur Asanov. Farid Karimi, a Herat-based economist, agreed.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactlyInAnyOrder("Lars Berg", "Timur Asanov", "Farid Karimi");
	}

	@Test
	void shouldNameARetiredOfficerWhoseRankIsFollowedByInRetirement() {
		List<Occurrence> found = TitledPersonPattern
			.findNew("Об этом рассказал генерал-майор в отставке Игорь Петрович Семенов.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases())
			.singleElement()
			.satisfies(aliases -> assertThat(aliases).contains("Игорь Петрович Семенов"));
	}

}
