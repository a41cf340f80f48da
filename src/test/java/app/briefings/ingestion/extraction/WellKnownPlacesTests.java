package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Places outside the knowledge base found in running text as new places. */
class WellKnownPlacesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldFindCitiesAndCountriesOutsideTheKnowledgeBaseAsNewPlacesInEitherScriptAndCase() {
		ExtractedItem english = only("Border guards met in the south of the region\n"
				+ "Officers from Osh and Jalal-Abad met their colleagues in Aktau on the Caspian Sea.");
		ExtractedItem russian = only("Пограничники провели совещание в регионе\n"
				+ "Учения прошли под Брестом, а делегации из Индии и Франции прибыли в Новосибирск.");

		assertThat(newPlaces(english)).containsExactlyInAnyOrder("Osh", "Jalal-Abad", "Aktau", "Caspian Sea");
		assertThat(newPlaces(russian)).containsExactlyInAnyOrder("Brest", "India", "France", "Novosibirsk");
	}

	@Test
	void shouldLeaveAPlaceTheKnowledgeBaseHasToTheKnowledgeBase() {
		ExtractedItem item = only("Border guards met in the capital\nOfficers met in Bishkek and in Kabul.");

		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.PLACE)
			.extracting(mention -> mention.entity().name(), mention -> mention.entity().isKnown())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bishkek", true),
					org.assertj.core.groups.Tuple.tuple("Kabul", false));
	}

	private static List<String> newPlaces(ExtractedItem item) {
		return item.mentions()
			.stream()
			.filter(mention -> mention.entity().type() == EntityType.PLACE && !mention.entity().isKnown())
			.map(mention -> mention.entity().name())
			.toList();
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

}
