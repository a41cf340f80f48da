package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The attribution, organization, case-form and segmentation rules the evaluation set
 * measures, each on a short text with its expected result written out.
 */
class ExtractionRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldSplitAQuotationTheAttributionInterrupts() {
		ExtractedItem item = only("Министр иностранных дел Армении Арарат Мирзоян ответил журналистам.\n"
				+ "«Мы не видим условий для возвращения, — сказал Мирзоян. — Организация не выполнила обязательств».");

		assertThat(direct(item)).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Мы не видим условий для возвращения", "Ararat Mirzoyan"),
					tuple("Организация не выполнила обязательств", "Ararat Mirzoyan"));
	}

	@Test
	void shouldNotTakeAnInterviewersRemarkForAnAnswer() {
		ExtractedItem item = only("Kyrgyz MP on the border\n\nThe deputy Aida Osmonova spoke to us.\n\n"
				+ "KN: Is the border safe?\n\nOsmonova: Safer than last year, and the posts are manned.\n\n"
				+ "KN: Some say the posts are empty at night.\n\nOsmonova: That was true in spring, not now.");

		assertThat(direct(item)).extracting(ExtractedQuote::text)
			.containsExactly("Safer than last year, and the posts are manned.", "That was true in spring, not now.");
	}

	@Test
	void shouldGiveTheQuotationAfterABridgingAttributionToTheSameSpeaker() {
		ExtractedItem item = only("\"The door remains open,\" said Belarusian President Alexander Lukashenko, "
				+ "\"but nobody will wait forever.\"");

		assertThat(direct(item)).extracting(quote -> quote.speaker().name())
			.containsExactly("Alexander Lukashenko", "Alexander Lukashenko");
	}

	@Test
	void shouldResolveTheAdjectivalMinisterReferenceToTheArmenianMinisterNotToTheLastSpeaker() {
		ExtractedItem item = only("Armenian Foreign Minister Ararat Mirzoyan spoke first. \"Peace is within reach,\" "
				+ "Mirzoyan said.\n\n«Ваши предложения мы изучим», — ответил председатель ГКНБ Камчыбек Ташиев.\n\n"
				+ "\"We have heard this before,\" the Armenian minister replied.");

		assertThat(direct(item)).extracting(quote -> quote.speaker().name())
			.containsExactly("Ararat Mirzoyan", "Kamchybek Tashiyev", "Ararat Mirzoyan");
		assertThat(direct(item).get(2).speakerAsWritten()).isEqualTo("the Armenian minister");
	}

	@Test
	void shouldFindNewOrganizationsThatContainKnownPlacesAndCutTheTrailingKnownOrganization() {
		ExtractedItem item = only("The Secretary of the Security Council of Kyrgyzstan Marat Imankulov met the "
				+ "Coordination Council for Combating Illegal Migration of the CSTO in Bishkek.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactlyInAnyOrder("Security Council of Kyrgyzstan",
				"Coordination Council for Combating Illegal Migration", "CSTO");
		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Marat Imankulov");
	}

	@Test
	void shouldNameARussianOrganizationWrittenInAnObliqueCaseInTheNominative() {
		ExtractedItem item = only("Генсек ОДКБ провел переговоры с председателем Государственного комитета "
				+ "национальной безопасности Таджикистана Саймумином Ятимовым.");

		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.ORGANIZATION)
			.filteredOn(mention -> !mention.entity().isKnown())
			.singleElement()
			.satisfies(mention -> assertThat(mention.entity().aliases())
				.contains("Государственный комитет национальной безопасности Таджикистана"));
		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Saymumin Yatimov");
	}

	@Test
	void shouldLeaveANominativeParticipleOutOfAnOrganizationInAnObliqueCase() {
		ExtractedItem item = only("Подготовленный Службой внешней связи обзор обсудили министры. "
				+ "Объединенный штаб обороны работал в Бресте.");

		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.ORGANIZATION)
			.filteredOn(mention -> !mention.entity().isKnown())
			.extracting(mention -> mention.entity().aliases().get(0))
			.containsExactly("Служба внешней связи", "Объединенный штаб обороны");
	}

	@Test
	void shouldLinkKnownOrganizationsInPluralAndFeminineCaseForms() {
		ExtractedItem item = only("Командующий Коллективными силами оперативного реагирования провел сбор. "
				+ "Агентство работает совместно с Федеральной службой безопасности.");

		assertThat(names(item, EntityType.ORGANIZATION)).contains("CSTO Collective Rapid Reaction Forces", "FSB");
	}

	@Test
	void shouldFindAnOperationNamedBeforeAQualifiedKeyword() {
		ExtractedItem item = only("Kazakhstan opened the \"Steppe Eagle-2024\" command-staff exercise on Monday.");

		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().name(), mention -> mention.entity().kind())
			.containsExactly(tuple("Steppe Eagle", "EXERCISE"));
	}

	@Test
	void shouldDropLinkListsAndReadAbbreviatedRussianDatelines() {
		List<ExtractedItem> items = EXTRACTOR.extract(new ExtractionInput("""
				Казахстан возглавит ОДКБ в 2026 году
				АСТАНА, 12 мар — РИА Новости. Казахстан примет председательство в ОДКБ в 2026 году.

				Самое читаемое
				Учения «Поиск» пройдут в Белоруссии
				Лавров: ОДКБ остается открытой для Армении
				""", null, java.time.LocalDate.of(2025, 3, 13))).items();

		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.printedDate().date()).isEqualTo(java.time.LocalDate.of(2025, 3, 12));
			assertThat(item.body()).isEqualTo("Казахстан примет председательство в ОДКБ в 2026 году.");
		});
	}

	@Test
	void shouldFindAKnownOperationInAppositionToItsKeyword() {
		ExtractedItem item = only(
				"Engineers built two bridges for the drill, Rubezh-2027, and left the range on Friday.");

		assertThat(names(item, EntityType.OPERATION)).containsExactly("Rubezh");
	}

	@Test
	void shouldFindAKnownOperationBeforeAQualifiedKeywordOrMeasuresWithoutQuotes() {
		ExtractedItem item = only("The bloc has held its Echelon logistics exercise in Tajikistan for years. "
				+ "The secretary general reported on the Mercenary measures this year.");

		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().name(), mention -> mention.entity().kind())
			.containsExactly(tuple("Echelon", "EXERCISE"), tuple("Mercenary", "SET_OF_MEASURES"));
	}

	@Test
	void shouldNameAPersonAfterTheLongInstitutionOfTheirTitleAndGiveThemTheirQuotes() {
		ExtractedItem item = only("Первый заместитель председателя Комитета по делам ветеранов и социальной защите "
				+ "Анна Белова провела встречу. «Мы уважаем выбор партнеров и ждем ответа», — отметила Белова.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Anna Belova");
		assertThat(direct(item)).singleElement()
			.satisfies(quote -> assertThat(quote.speaker().name()).isEqualTo("Anna Belova"));
	}

	@Test
	void shouldNameAPersonAfterALowerCaseWordBetweenTheTitleAndTheInstitution() {
		ExtractedItem item = only(
				"Как сообщил начальник штаба Комитета по чрезвычайным ситуациям и гражданской обороне "
						+ "Тимур Каримов, учение прошло в горах. «Мы отработали эвакуацию трех сел за четыре часа», — сказал он.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Timur Karimov");
		assertThat(direct(item)).singleElement()
			.satisfies(quote -> assertThat(quote.speaker().name()).isEqualTo("Timur Karimov"));
	}

	@Test
	void shouldNotNameAnInflectedWomanOrAPersonAfterAnInstitutionWithoutATitle() {
		assertThat(names(only("Встреча с заместителем председателя Комитета по делам ветеранов Анной Беловой прошла."),
				EntityType.OFFICIAL))
			.isEmpty();
		assertThat(names(only("Он выступил в Комитете по обороне Иван Петров."), EntityType.OFFICIAL)).isEmpty();
	}

	@Test
	void shouldNotQuoteAnOutletsQuotedAbbreviationThatASpeechVerbFollows() {
		ExtractedItem item = only("О планах на зиму «ПогрВест» рассказал генерал-майор Тимур Алиев. "
				+ "«Мы держим резерв на каждом перевале», — сказал Алиев.");

		assertThat(direct(item)).extracting(ExtractedQuote::text)
			.containsExactly("Мы держим резерв на каждом перевале");
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

	private static List<ExtractedQuote> direct(ExtractedItem item) {
		return ExtractionAssertions.directQuotes(item);
	}

	private static List<String> names(ExtractedItem item, EntityType type) {
		return ExtractionAssertions.mentionedNames(item, type);
	}

	@Test
	void shouldNotNameAnOfficeAfterABodyAPerson() {
		ExtractedItem item = only("Envoy visits the region\n"
				+ "Ambassador Maria Holm, special envoy of the OSCE Secretary General for Central Asia, arrived.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Maria Holm");
	}

}
