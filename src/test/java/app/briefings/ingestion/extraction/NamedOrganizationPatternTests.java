package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations the knowledge base does not know, recognized by the shape of their names.
 */
class NamedOrganizationPatternTests {

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

}
