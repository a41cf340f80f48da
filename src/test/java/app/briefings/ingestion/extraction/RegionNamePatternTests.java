package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Regions found as new places by a proper word and a region noun. */
class RegionNamePatternTests {

	@Test
	void shouldFindEnglishRegionsAndAnswerToTheirBareName() {
		List<Occurrence> found = RegionNamePattern
			.findNew("Patrols in the Arica region and in Tarapaca Province met; Two regional blocs and the "
					+ "Southern region did not.", List.of());
		assertThat(found)
			.extracting(occurrence -> occurrence.entity().name(), occurrence -> occurrence.entity().aliases())
			.containsExactly(tuple("Arica region", List.of("Arica")), tuple("Tarapaca Province", List.of("Tarapaca")));
		assertThat(found).allSatisfy(occurrence -> {
			assertThat(occurrence.entity().type()).isEqualTo(EntityType.PLACE);
			assertThat(occurrence.entity().knownId()).isNull();
		});
	}

	@Test
	void shouldFileRussianRegionsUnderTheirNominative() {
		List<Occurrence> found = RegionNamePattern
			.findNew("Рейды прошли в Тарапакской области, в Арикском районе и у Кировского округа.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Тарапакская область", "Арикский район", "Кировский округ");
	}

	@Test
	void shouldNotGiveARegionTheBareNameOfAKnownPlace() {
		String text = "Drills in the Almaty region.";
		int start = text.indexOf("Almaty");
		Occurrence city = new Occurrence(new EntityRef(EntityType.PLACE, "almaty", "Almaty", List.of(), null),
				new Span(start, start + "Almaty".length()), 1.0, null);
		List<Occurrence> found = RegionNamePattern.findNew(text, List.of(city));
		assertThat(found).singleElement().satisfies(region -> {
			assertThat(region.entity().name()).isEqualTo("Almaty region");
			assertThat(region.entity().aliases()).isEmpty();
			assertThat(RegionNamePattern.isInsideAny(city, found)).isTrue();
		});
	}

	@Test
	void shouldFindTwoRussianRegionsSharingOnePluralNoun() {
		List<Occurrence> found = RegionNamePattern
			.findNew("Вербовщики работают в Тарапакской и Арикско-Пампской областях.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().aliases().get(0))
			.containsExactly("Тарапакская область", "Арикско-Пампская область");
	}

	@Test
	void shouldNotReadTheRegionThatEndsAGroupsNameAsAPlace() {
		List<Occurrence> found = RegionNamePattern.findNew("Recruiters for the Islamic State Sinai Province were "
				+ "held. Sinai Province officials and the Azraq Province police spoke.", List.of());

		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Sinai Province", "Azraq Province");
	}

}
