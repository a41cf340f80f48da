package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations the knowledge base does not know, recognized by the shape of their names.
 */
class NamedOrganizationPatternTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldFindEnglishNamesWhoseWordsBeforeTheHeadCarryApostrophesAndHyphensButNoPunctuation() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("The People's Liberation Army and the Anti-drug Joint Staff met. Then the "
					+ "Kyrgyz, Border Service and the Jogorku Kenesh spoke; Ministry of Internal Affairs of Uzbekistan "
					+ "too, and the Kazakh 2026 Committee did not.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("People's Liberation Army", "Anti-drug Joint Staff", "Border Service", "Jogorku Kenesh",
					"Ministry of Internal Affairs of Uzbekistan");
	}

	@Test
	void shouldEndARussianOrganizationsNameBeforeAVerbOrADate() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"Таможенная служба подвела итоги года. Совет министров обороны в декабре соберется снова.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases())
			.allSatisfy(aliases -> assertThat(aliases).noneMatch(alias -> alias.contains("подвела")))
			.allSatisfy(aliases -> assertThat(aliases).noneMatch(alias -> alias.contains("декабре")));
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Tamozhennaya sluzhba", "Sovet ministrov oborony");
	}

	@Test
	void shouldNotTakeAPredicateOrAPrepositionIntoANameNorNameBareForces() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Коллективные силы нужны на случай угрозы. "
				+ "Пограничные войска готовы к учению. Служба охраны готова на все.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Pogranichnyye voyska", "Sluzhba okhrany");
	}

	@Test
	void shouldCarryARussianNameThroughCapitalizedGenitivesAndAdjectivesAfterItsPrepositions() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"Комитет Законодательной Палаты по обороне поддержал проект. Выступил начальник штаба Комитета по "
						+ "чрезвычайным ситуациям и гражданской обороне. Комитета Палаты по делам ветеранов не было.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Komitet Zakonodatelnoy Palaty po oborone",
					"Komitet po chrezvychaynym situatsiyam i grazhdanskoy oborone",
					"Komitet Palaty po delam veteranov");
	}

	@Test
	void shouldFindAMinistrysAbbreviationWithItsCountry() {
		String text = "Спасатели МЧС Киргизии и офицер Минобороны Казахстана прибыли.";
		List<Occurrence> places = new Gazetteer(KnowledgeBaseFiles.all()).find(text);
		List<Occurrence> found = NamedOrganizationPattern.findNew(text, places);
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases())
			.containsExactly(List.of("МЧС Киргизии", "МЧС"), List.of("Минобороны Казахстана"));
	}

	@Test
	void shouldNotMakeANewOrganizationOfWordsBeforeAKnownOnesFullName() {
		String text = "Armenia froze its part in the Russian-led Collective Security Treaty Organization.";
		List<Occurrence> known = new Gazetteer(KnowledgeBaseFiles.all()).find(text);
		assertThat(NamedOrganizationPattern.findNew(text, known)).isEmpty();
	}

	@Test
	void shouldKeepWhatAnEnglishOrganizationIsPlacedUnderInItsName() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"The Port Customs Service under the Government of the Republic of Chile and the Water Agency under the "
						+ "President of Peru signed it.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Port Customs Service under the Government of the Republic of Chile",
					"Water Agency under the President of Peru");
	}

	@Test
	void shouldFindARussianAssemblyWithItsRegionUnderItsNominative() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("Законопроект внесли в Законодательное собрание Тарапакской области, а депутаты Законодательного "
					+ "собрания Тарапакской области его одобрили.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsOnly("Законодательное собрание Тарапакской области");
	}

	@Test
	void shouldReadAnEnglishNameOnAfterAnInstitutionsComplementUnderThePresident() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"She is a researcher at the Institute for Regional Studies under the President of Uzbekistan.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Institute for Regional Studies under the President of Uzbekistan");
	}

	@Test
	void shouldReadTheFieldsOfAMinistryListedWithCommas() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("He advises the Ministry of Education, Science and Culture on schools.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Ministry of Education, Science and Culture");
	}

	@Test
	void shouldEndARussianNameBeforeAnAdverbOfTime() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"Налоговая служба и Агентство финансового мониторинга никогда не предупреждают о проверках.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Налоговая служба", "Агентство финансового мониторинга");
	}

	@Test
	void shouldEndARussianNameBeforeAnotherBodyJoinedByAnd() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"В рейдах участвуют сотрудники Государственной таможенной службы и органов прокуратуры.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Государственная таможенная служба");
	}

	@Test
	void shouldReadAnOfficeOfADepartmentOfACityPoliceWhole() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Выступил начальник Управления по борьбе с "
				+ "экономическими преступлениями Департамента полиции города Шымкента полковник Арман Сейткали.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly(
					"Управление по борьбе с экономическими преступлениями Департамента полиции города Шымкента");
	}

	@Test
	void shouldNameNothingWhenANameStopsBeforeTheWordsItGoverns() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"В Бресте прошла встреча с делегацией Совета командующих Внутренними войсками стран региона.",
				List.of());
		assertThat(found).isEmpty();
	}

	@Test
	void shouldReadACustomsHouseNamedWithAnAdjective() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Сотрудники Пулковской таможни задержали груз.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Пулковская таможня");
	}

	@Test
	void shouldReadADirectorateWithAHyphenatedAndASecondAdjectiveInThePrepositional() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("Об этом сообщили в Юго-Восточном таможенном управлении.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Юго-Восточное таможенное управление");
	}

	@Test
	void shouldReadAnInstituteAttachedToAPresident() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Она работает в Кыргызском институте региональных "
				+ "исследований. Доклад подготовил сотрудник Кыргызского института региональных исследований при "
				+ "Президенте Кыргызской Республики.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Кыргызский институт региональных исследований",
					"Кыргызский институт региональных исследований при Президенте Кыргызской Республики");
	}

	@Test
	void shouldLeaveACompoundAdjectiveOutOfANewBodysName() {
		ExtractedItem item = only("Drills end near the border\n"
				+ "Irina Volkova, an analyst at the Kazan-based Institute for Border Studies, called the drill routine. "
				+ "A Tbilisi-backed Committee for Mountain Rescue took part.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactly("Institute for Border Studies",
				"Committee for Mountain Rescue");
	}

	@Test
	void shouldLetAPlaceOpeningABodysNameBelongToThatName() {
		ExtractedItem item = only("Experts meet in the capital\n"
				+ "Daniyar Ospanov, a fellow at the Almaty Strategic Research Group, presented the report under the "
				+ "Tashkent Border Initiative.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactly("Almaty Strategic Research Group",
				"Tashkent Border Initiative");
		assertThat(names(item, EntityType.PLACE)).isEmpty();
	}

	@Test
	void shouldKeepAPlaceThatOwnsABodyInThePossessive() {
		ExtractedItem item = only(
				"Ministry comments on the raid\nKazakhstan's Interior Ministry said the raid was legal.");

		assertThat(names(item, EntityType.ORGANIZATION)).noneMatch(name -> name.startsWith("Kazakhstan"));
		assertThat(names(item, EntityType.PLACE)).containsExactly("Kazakhstan");
	}

	@Test
	void shouldLetAKnownBodysFullNameOpenTheLongerNameOfAnOfficeOfItsOwn() {
		ExtractedItem item = only("Report on the region\n"
				+ "The United Nations Office for Border Cooperation said seizures rose, and the United Nations "
				+ "Office of Counter-Narcotics Policy agreed.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactly("United Nations Office for Border Cooperation",
				"United Nations Office of Counter-Narcotics Policy");
	}

	@Test
	void shouldKeepTheFieldsOfAMinistryListedWithCommasInItsName() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"Министерство труда, социального обеспечения и миграции уже согласилось выделить помещения.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Министерство труда, социального обеспечения и миграции");
	}

	@Test
	void shouldReadARegionalCourtAndGroupWithASecondAdjective() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew(
					"Ошский областной суд по уголовным делам вынес приговор. Больше всего нарушителей задержано "
							+ "на участке Брестской пограничной группы в районе населенного пункта Томашовка.",
					List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Ошский областной суд по уголовным делам", "Брестская пограничная группа");
	}

	@Test
	void shouldReadAProsecutorsOfficeWrittenInLowerCaseBeforeItsRegion() {
		ExtractedItem item = only("Вербовщика осудили\nПредставитель прокуратуры Ошской области Айгерим Токтосунова "
				+ "отметила, что подсудимый признал вину.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactly("Прокуратура Ошской области");
		assertThat(names(item, EntityType.PLACE)).isEmpty();
	}

	@Test
	void shouldNameASecurityCouncilCalledByItsShortFormAfterItsFullName() {
		ExtractedItem item = only("Совещание в столице\nСекретарь Совбеза Армении рассказал журналистам о проекте.");

		assertThat(organizations(item)).singleElement().satisfies(council -> {
			assertThat(council.name()).isEqualTo("Sovet bezopasnosti Armenii");
			assertThat(council.answersTo("Совет безопасности Армении")).isTrue();
			assertThat(council.answersTo("Совбез Армении")).isTrue();
		});
	}

	@Test
	void shouldReadACityPoliceDirectorateByItsAbbreviation() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Сотрудники ГУВД Оша задержали троих.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0)).containsExactly("ГУВД Оша");
	}

	@Test
	void shouldCarryANameThroughAGenitivePluralWithoutAnEnding() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("Доклад подготовил директор Института изучения проблем региональной безопасности.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Институт изучения проблем региональной безопасности");
	}

	@Test
	void shouldKeepTheCityOfAnInternationalBodysFieldOfficeInItsName() {
		ExtractedItem item = only(
				"Семинар для пограничников\nСотрудники Центра программ ОБСЕ в Ашхабаде провели " + "семинар.");

		assertThat(names(item, EntityType.ORGANIZATION)).contains("Центр программ ОБСЕ в Ашхабаде");
		assertThat(names(item, EntityType.PLACE)).isEmpty();
	}

	private static List<EntityRef> organizations(ExtractedItem item) {
		return item.mentions()
			.stream()
			.map(ExtractedMention::entity)
			.filter(entity -> entity.type() == EntityType.ORGANIZATION)
			.toList();
	}

	/**
	 * The names of the item's entities of a type, new Russian ones as written in
	 * Cyrillic.
	 */
	private static List<String> names(ExtractedItem item, EntityType type) {
		return item.mentions()
			.stream()
			.map(ExtractedMention::entity)
			.filter(entity -> entity.type() == type)
			.map(NamedOrganizationPatternTests::written)
			.toList();
	}

	private static String written(EntityRef entity) {
		return entity.isKnown() || entity.aliases().isEmpty() ? entity.name() : entity.aliases().get(0);
	}

	@Test
	void shouldReadARussianNameThroughACompoundAdjectiveAndGenitivePluralsInCij() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("Доклад подготовил Центр исследований военно-политических проблем Армении. Брифинг прошел в "
					+ "Агентстве массовых коммуникаций при Правительстве КР.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Центр исследований военно-политических проблем Армении",
					"Агентство массовых коммуникаций при Правительстве КР");
	}

	@Test
	void shouldReadTroopsADativeObjectAndAFieldInCijIntoARussianName() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Это подтвердил Штаб войск связи Армении. "
				+ "Заседание провел Совет по противодействию международному терроризму. Приказ издало Министерство "
				+ "транспорта, коммуникаций и цифровых технологий Кыргызской Республики.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Штаб войск связи Армении", "Совет по противодействию международному терроризму",
					"Министерство транспорта, коммуникаций и цифровых технологий Кыргызской Республики");
	}

	@Test
	void shouldEndARegionalOfficeAtAKrajInTheDativeAndKeepAUnitsAcronymBeforeTheMinistry() {
		List<Occurrence> found = NamedOrganizationPattern.findNew(
				"Об этом сообщило УМВД России по Приморскому краю. Начальник ГУУР МВД Казахстана выступил позже.",
				List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("УМВД России по Приморскому краю", "ГУУР МВД Казахстана");
	}

	@Test
	void shouldNameNothingWhenARussianNameIsCutInsideItsPhrase() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("Рейд провела Служба охраны государственных средств. "
				+ "Проект одобрил Комитет по делам обороны и безопасности и охраны и защиты и помощи "
				+ "и поддержки иностранных граждан.", List.of());

		assertThat(found).isEmpty();
	}

	@Test
	void shouldTakeASecondRegionJoinedToTheGenitiveThatEndsAName() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("Выступил сотрудник Института Памира и Ближнего Востока в Вене.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Институт Памира и Ближнего Востока");
	}

	@Test
	void shouldReadAKnownBodysNameWithoutItsParentsAcronymAsThatBody() {
		ExtractedItem item = only("Учения продолжатся\nПлан учений утвердил Объединенный штаб ОДКБ. Представитель "
				+ "Объединенного штаба сообщил, что сроки не изменятся.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactly("CSTO Joint Staff");
	}

	@Test
	void shouldJoinTwoFieldsOfAnEnglishNameWithAndBeforeACapitalizedAdjective() {
		List<Occurrence> found = NamedOrganizationPattern.findNew("The Scientific and Technical Council met the "
				+ "State Economic and Social Commission, while Kazakhstan and Kyrgyz Border Service officers waited.",
				List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Scientific and Technical Council", "State Economic and Social Commission",
					"Kyrgyz Border Service");
	}

	@Test
	void shouldTakeASecretariatAsAHeadWord() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("An official of the Defence Council Secretariat said the plan was ready.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Defence Council Secretariat");
	}

	@Test
	void shouldKeepTheCityOfAnInternationalBodysFieldOffice() {
		List<Occurrence> found = NamedOrganizationPattern
			.findNew("The UNDP Project Office in Osh and the " + "Regional Liaison Office in Osh opened.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("UNDP Project Office in Osh", "Regional Liaison Office");
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

}
