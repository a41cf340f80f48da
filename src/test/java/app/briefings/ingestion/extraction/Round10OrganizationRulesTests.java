package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organization rules from the tenth blind round: a long official name and its parts are
 * one organization, named from its head word to the end of its complements, never a
 * fragment that stops inside the phrase.
 */
class Round10OrganizationRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldNameAnEnglishOrganizationThatOpensWithItsHeadWord() {
		ExtractedItem item = only("Lawmakers back a border bill\n"
				+ "The Ministry of Emergency Situations of Kyrgyzstan and the Council of the Republic backed the bill, "
				+ "and the Committee on Budget and Finance of the Oliy Majlis will discuss it.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactlyInAnyOrder(
				"Ministry of Emergency Situations of Kyrgyzstan", "Council of the Republic",
				"Committee on Budget and Finance of the Oliy Majlis");
	}

	@Test
	void shouldNameAnAssemblyAndAHouseOfAParliament() {
		ExtractedItem item = only("Deputies ratify an agreement\n"
				+ "The House of Representatives of the Supreme Assembly of Moldova ratified it, and the "
				+ "Association of Insurers of Georgia welcomed the vote.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactlyInAnyOrder(
				"House of Representatives of the Supreme Assembly of Moldova", "Association of Insurers of Georgia");
	}

	@Test
	void shouldNotNameAHeadWordAloneNorKeepTheCityAnInstituteSitsIn() {
		ExtractedItem item = only("Analysts meet in Tashkent\n"
				+ "The Council of the CSTO met on Friday. The Institute for Regional Studies in Tashkent hosted it.");

		assertThat(names(item, EntityType.ORGANIZATION)).containsExactlyInAnyOrder("CSTO",
				"Institute for Regional Studies");
		assertThat(names(item, EntityType.PLACE)).contains("Tashkent");
	}

	@Test
	void shouldCarryARussianNameThroughAffairsARepublicAndAPresidentsOffice() {
		ExtractedItem item = only("Полиция проверила сайты\n"
				+ "По данным Министерства внутренних дел Республики Молдова, сайты заблокированы. "
				+ "Об этом сообщили в Центре правовых исследований при Президенте Республики Молдова.");

		assertThat(russianNames(item)).containsExactlyInAnyOrder("Министерство внутренних дел Республики Молдова",
				"Центр правовых исследований при Президенте Республики Молдова");
	}

	@Test
	void shouldCarryARussianNameThroughAPrepositionWithAnInstrumentalAndARegion() {
		ExtractedItem item = only(
				"Изъята крупная партия\n" + "Служба по борьбе с незаконной миграцией МВД Молдовы провела рейд. "
						+ "Дело возбудило УФСБ России по Тверской области.");

		assertThat(russianNames(item)).containsExactlyInAnyOrder("Служба по борьбе с незаконной миграцией МВД Молдовы",
				"УФСБ России по Тверской области");
	}

	@Test
	void shouldEndATerritorialBodysNameAtItsRegion() {
		ExtractedItem item = only("Задержан курьер\n"
				+ "Операцию провели сотрудники УФСБ России по Тверской области и регионального ГУ МВД.");

		assertThat(russianNames(item)).contains("УФСБ России по Тверской области");
	}

	@Test
	void shouldNameAParliamentaryAssemblyAndAParliamentInTheNominative() {
		ExtractedItem item = only("Депутаты обсудили повестку\n"
				+ "На заседании Парламентской ассамблеи ОДКБ депутат Государственной Думы выступил с докладом.");

		assertThat(russianNames(item)).contains("Парламентская ассамблея ОДКБ", "Государственная Дума");
	}

	@Test
	void shouldNameTheParliamentsOfTheRegionByTheirOwnNames() {
		ExtractedItem english = only("Deputies back the bill\n"
				+ "Asel Omurova, a member of the Jogorku Kenesh, said the Mazhilis had passed a similar law.");
		ExtractedItem russian = only("Депутаты поддержали закон\n"
				+ "Депутат Жогорку Кенеша выступила в Мажилисе Парламента Республики Казахстан. "
				+ "Позже Мажилис одобрил закон. Член Олий Мажлиса выступил тоже.");

		assertThat(names(english, EntityType.ORGANIZATION)).containsExactlyInAnyOrder("Jogorku Kenesh", "Mazhilis");
		assertThat(russianNames(russian)).containsExactlyInAnyOrder("Жогорку Кенеш",
				"Мажилис Парламента Республики Казахстан", "Олий Мажлис");
	}

	@Test
	void shouldNameAnAcademyAfterItsAdjectiveInTheNominative() {
		ExtractedItem item = only(
				"Прошел семинар\n" + "В Карагандинской академии МВД прошел семинар для следователей.");

		assertThat(russianNames(item)).containsExactly("Карагандинская академия МВД");
	}

	@Test
	void shouldNotNameAFragmentThatStopsBeforeTheMembersOfABody() {
		ExtractedItem russian = only("Депутаты встретились\n"
				+ "Заседание Межпарламентской ассамблеи государств — участников СНГ прошло в Минске.");

		assertThat(russianNames(russian)).containsExactly("CIS");
	}

	@Test
	void shouldNameACourtAndADetachmentWithTwoAdjectivesInTheNominative() {
		ExtractedItem item = only("Суд арестовал курьеров\n"
				+ "Задержанных арестовал Ленинский районный суд Оренбурга. Раньше он служил в штабе Мургабского "
				+ "пограничного отряда.");

		assertThat(russianNames(item)).containsExactlyInAnyOrder("Ленинский районный суд Оренбурга",
				"Мургабский пограничный отряд");
	}

	@Test
	void shouldListAKnownPlaceOnlyTheHeadlineNamesButNotOneInsideAnOrganizationsName() {
		ExtractedItem item = only("Reconnaissance drill held in Kazakhstan as Ministry of Defence of Armenia watches\n"
				+ "Scouts of the alliance trained with drones for three days.");

		assertThat(names(item, EntityType.PLACE)).containsExactly("Kazakhstan");
	}

	/**
	 * The Cyrillic nominatives of the item's organizations, which are filed under a Latin
	 * name.
	 */
	private static List<String> russianNames(ExtractedItem item) {
		return item.mentions()
			.stream()
			.filter(mention -> mention.entity().type() == EntityType.ORGANIZATION)
			.map(mention -> mention.entity().aliases().isEmpty() ? mention.entity().name()
					: mention.entity().aliases().get(0))
			.distinct()
			.toList();
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

	private static List<String> names(ExtractedItem item, EntityType type) {
		return ExtractionAssertions.distinctNames(item, type);
	}

}
