package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartOrWordSearch} on the layout's credit and caption searches: each
 * answers as a search over every offset of the line does.
 */
class StartOrWordSearchTests {

	@Test
	void shouldFindEveryCreditLineAFullSearchFinds() {
		List<String> credits = List.of("Reporting by John Smith; Editing by Jane Doe",
				"(Additional reporting by Olga Petrova)", "EDITED BY MARK TRAIN", "Reuters contributed to this report.",
				"The Associated Press CONTRIBUTED REPORTING TO THIS STORY",
				"— Anna Lee contributed reporting from Kyiv.", "Staff writers contrİbuted to this report",
				"Reuters contributed to thiſ report");

		assertAgreesWithFullSearch(LayoutClassifier.CREDIT_SEARCH, credits, true);
	}

	@Test
	void shouldFindNoCreditLineWhereAFullSearchFindsNone() {
		List<String> others = List.of("He contributed to the report on Monday.", "Written in Tashkent by the ministry",
				"Министр сообщил, что учения завершены.", "");

		assertAgreesWithFullSearch(LayoutClassifier.CREDIT_SEARCH, others, false);
	}

	@Test
	void shouldFindEveryCaptionLineAFullSearchFinds() {
		List<String> captions = List.of("Photo by Reuters", "The minister in Astana. Photo courtesy of the ministry",
				"Мэр города на встрече. Фото с сайта мэрии", "ФОТО: ТАСС", "photo: AP", "Источник: РИА Новости",
				"Редактор: Иван Петров", "Parade in Minsk. PHOTO IS FROM the archive");

		assertAgreesWithFullSearch(LayoutClassifier.CAPTION_SEARCH, captions, true);
	}

	@Test
	void shouldFindNoCaptionLineWhereAFullSearchFindsNone() {
		List<String> others = List.of("The photo shows the minister.", "На фото министр.",
				"A photo from the archive. It was taken in 1999.", "Министр: все учения прошли по плану");

		assertAgreesWithFullSearch(LayoutClassifier.CAPTION_SEARCH, others, false);
	}

	private static void assertAgreesWithFullSearch(StartOrWordSearch search, List<String> lines, boolean found) {
		for (String line : lines) {
			assertThat(search.pattern().matcher(line).find()).as(line).isEqualTo(found);
			assertThat(search.find(line)).as(line).isEqualTo(found);
		}
	}

}
