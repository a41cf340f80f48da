package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity rules from the eleventh blind round: people introduced as lawyers, fellows and
 * rights activists or by a long lower-case title, double surnames, titles inside a body's
 * name after «при»; Russian organization names that run on through «Российской
 * Федерации», a capitalized adjective or «по X и Y области», chambers and bureaus, and
 * that stop before a verb; places in compound adjectives and mastheads; known operations
 * "known as" a name, given as examples, or before "set of measures".
 */
class Round11EntityRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldNameALawyerIntroducedInApposition() {
		ExtractedItem item = only("Drivers deny the charges\n"
				+ "Aziza Rahimova, a lawyer for two of the drivers, said they never opened the trailers. "
				+ "\"My clients were paid to drive, not to look inside,\" she said.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.OFFICIAL)).containsExactly("Aziza Rahimova");
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Aziza Rahimova");
	}

	@Test
	void shouldNameASeniorFellowIntroducedInApposition() {
		ExtractedItem item = only("Analyst on regional security\n"
				+ "We spoke with Daniyar Ospanov, senior fellow at the Centre for Regional Studies, about the new patrols.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.OFFICIAL)).containsExactly("Daniyar Ospanov");
	}

	@Test
	void shouldNameALawyerWhoseTitleSaysWhoseLawyerSheIs() {
		ExtractedItem item = only("Суд продлил арест\n"
				+ "Адвокат одного из обвиняемых Ирина Соколова заявила, что ее подзащитный «ничего не знал о грузе "
				+ "и готов сотрудничать со следствием».");

		assertThat(officials(item)).anyMatch(person -> person.answersTo("Ирина Соколова"));
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).contains("Irina Sokolova");
	}

	@Test
	void shouldNameARightsActivistByHerTitle() {
		ExtractedItem item = only(
				"Рейды против мигрантов\n" + "Правозащитница Айгуль Сапарова считает, что проверки бьют по всем. "
						+ "«Людей задерживают прямо на рынке, а документы проверяют потом», — сказала она.");

		assertThat(officials(item)).anyMatch(person -> person.answersTo("Айгуль Сапарова"));
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Aygul Saparova");
	}

	@Test
	void shouldNameAPersonAfterATitleWithAPrepositionalComplement() {
		ExtractedItem item = only("Мошенники меняют схемы\n"
				+ "«Звонят уже не от банка, а от полиции», — рассказал начальник отдела по противодействию "
				+ "коррупции Департамента полиции Карагандинской области Дмитрий Орлов.");

		assertThat(officials(item)).anyMatch(person -> person.answersTo("Дмитрий Орлов"));
	}

	@Test
	void shouldNameAWomanAfterATitleInTheGenitiveWithAnAdjectivalComplement() {
		ExtractedItem item = only("Парламент одобрил договор\n"
				+ "По мнению председателя постоянной комиссии по экономической безопасности Ольги Мироновой, "
				+ "договор упростит работу пограничников.");

		assertThat(officials(item)).anyMatch(person -> person.answersTo("Ольга Миронова"))
			.noneMatch(person -> person.answersTo("Ольги Мироновой") && !person.answersTo("Ольга Миронова"));
	}

	@Test
	void shouldGiveADoubleSurnameAfterABodyAttachedToAPresidentToTheTitleBeforeTheBody() {
		ExtractedItem item = only("Бывший чиновник о молодежи\n"
				+ "Мы побеседовали с бывшим заместителем председателя Комитета по делам молодежи при Президенте "
				+ "Республики Узбекистан Бахромом Каримовым-Юсуповым.");

		assertThat(officials(item)).extracting(EntityRef::name).containsExactly("Bakhrom Karimov-Yusupov");
	}

	@Test
	void shouldEndARussianNameBeforeAPastTenseVerb() {
		ExtractedItem item = only(
				"Тайник на границе\n" + "Сотрудники Пограничной службы Республики Таджикистан нашли тайник у реки.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("Пограничная служба Республики Таджикистан"));
	}

	@Test
	void shouldReadACouncilAttachedToTheGovernmentOfTheRussianFederationWhole() {
		ExtractedItem item = only("Эксперт о миграции\n"
				+ "Иван Сомов — член Экспертного совета при Правительстве Российской Федерации.");

		assertThat(organizations(item))
			.anyMatch(body -> body.answersTo("Экспертный совет при Правительстве Российской Федерации"));
	}

	@Test
	void shouldReadAChamberOfARepublicByItsFullName() {
		ExtractedItem item = only(
				"Проверка погранзастав\n" + "Счетная палата Кыргызской Республики проверила расходы на заставы.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("Счетная палата Кыргызской Республики"));
	}

	@Test
	void shouldReadACapitalizedAdjectiveInAComplement() {
		ExtractedItem item = only(
				"Депутаты обсудили оборону\n" + "Комитет Верховного совета по обороне одобрил законопроект.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("Комитет Верховного совета по обороне"));
	}

	@Test
	void shouldReadAForeignMinistryOfARepublicByItsFullName() {
		ExtractedItem item = only("Бишкек ответил Еревану\n"
				+ "Официальный представитель МИД Кыргызской Республики назвал решение преждевременным.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("МИД Кыргызской Республики"));
	}

	@Test
	void shouldReadAPoliceDirectorateOfACityAndItsRegionWhole() {
		ExtractedItem item = only("Задержаны курьеры\n" + "Об этом сообщили в ГУ МВД по Москве и Московской области.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("ГУ МВД по Москве и Московской области"));
		assertThat(ExtractionAssertions.distinctNames(item, EntityType.PLACE)).isEmpty();
	}

	@Test
	void shouldReadABureauNamedWithAnAdjective() {
		ExtractedItem item = only(
				"Мигранты жалуются\n" + "Юристы Кыргызского бюро по правам мигрантов получили сорок жалоб.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("Кыргызское бюро по правам мигрантов"));
	}

	@Test
	void shouldReadANationalBankInThePrepositional() {
		ExtractedItem item = only(
				"Кредиты под паузу\n" + "В Национальном банке Киргизии готовят новые правила для онлайн-кредитов.");

		assertThat(organizations(item)).anyMatch(body -> body.answersTo("Национальный банк Киргизии"));
	}

	@Test
	void shouldNotNameABodyByABarePrepositionalShortForm() {
		ExtractedItem item = only(
				"Учения спланированы\n" + "Планы учений утвердили в Объединенном штабе на прошлой неделе.");

		assertThat(organizations(item)).isEmpty();
	}

	@Test
	void shouldReadACommitteeWithTwoAdjectives() {
		ExtractedItem item = only("Партия гашиша задержана\n"
				+ "Государственный таможенный комитет Республики Таджикистан сообщил о задержании груза.");

		assertThat(organizations(item))
			.anyMatch(body -> body.answersTo("Государственный таможенный комитет Республики Таджикистан"));
	}

	@Test
	void shouldLeaveAnOfficeNamedByAKnownBodysFullNameToThatBody() {
		ExtractedItem item = only(
				"Итоги операции\n" + "Об этом сообщили в региональном Управлении Федеральной службы безопасности.");

		assertThat(organizations(item)).extracting(EntityRef::name).containsExactly("FSB");
	}

	@Test
	void shouldNotCountAPlaceInACompoundAdjective() {
		ExtractedItem item = only(
				"Think tank on drones\n" + "A Bishkek-based think tank published a report on drones on Monday.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.PLACE)).isEmpty();
	}

	@Test
	void shouldNotCountAPlaceWrittenInCapitalsInsideALine() {
		ExtractedItem item = only("Ministers meet\n" + "The plan was first reported by FRANCE 24 on Friday.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.PLACE)).isEmpty();
	}

	@Test
	void shouldKnowPetersburgByItsShortRussianName() {
		ExtractedItem item = only("Учения полиции\n" + "В Петербурге прошли учения полиции.");

		assertThat(places(item)).anyMatch(place -> place.answersTo("Петербург"));
	}

	@Test
	void shouldFindAnOperationKnownAsItsName() {
		ExtractedItem item = only("Police seize hashish\n"
				+ "The seizure comes before the annual operation, known as Illegal, starts in the region.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.OPERATION)).containsExactly("Illegal");
	}

	@Test
	void shouldFindBothOperationsGivenAsExamples() {
		ExtractedItem item = only("Analyst on police cooperation\n"
				+ "Most of the work is done by police in operations like Illegal and Mercenary, he said.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.OPERATION)).containsExactlyInAnyOrder("Illegal",
				"Mercenary");
	}

	@Test
	void shouldFindAnOperationBeforeSetOfMeasures() {
		ExtractedItem item = only("Recruiters detained\n"
				+ "The arrests were part of the Mercenary set of measures run by the alliance.");

		assertThat(ExtractionAssertions.distinctNames(item, EntityType.OPERATION)).containsExactly("Mercenary");
	}

	private static List<EntityRef> officials(ExtractedItem item) {
		return entities(item, EntityType.OFFICIAL);
	}

	private static List<EntityRef> organizations(ExtractedItem item) {
		return entities(item, EntityType.ORGANIZATION);
	}

	private static List<EntityRef> places(ExtractedItem item) {
		return entities(item, EntityType.PLACE);
	}

	private static List<EntityRef> entities(ExtractedItem item, EntityType type) {
		return item.mentions()
			.stream()
			.map(ExtractedMention::entity)
			.filter(entity -> entity.type() == type)
			.distinct()
			.toList();
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

}
