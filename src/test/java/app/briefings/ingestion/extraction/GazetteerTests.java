package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding and linking knowledge-base names in running text. */
class GazetteerTests {

	private static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBaseFiles.all());

	@Test
	void shouldLinkZasAcrossScripts() {
		String text = "Станислав Зась выступил. О Засе писали много, а Зась ответил. Zas' and Stanislav Zas agreed.";
		assertThat(knownIds(text)).containsExactly("stanislav-zas", "stanislav-zas", "stanislav-zas", "stanislav-zas",
				"stanislav-zas");
	}

	@Test
	void shouldLinkTheRussianAcronymOfTheCsto() {
		assertThat(knownIds("Генсек ОДКБ прибыл в Москву.")).containsExactly("csto", "moscow");
	}

	@Test
	void shouldLinkAnOrganizationWrittenWithItsCountrysOfficialLongName() {
		assertThat(knownIds("Секретарь Совета безопасности Российской Федерации выступил. Вопрос — к Министерству "
				+ "обороны Российской Федерации. The Ministry of Defence of the Russian Federation agreed."))
			.containsExactly("russia-security-council", "russia-mod", "russia-mod");
	}

	@Test
	void shouldLetTheLongestNameWin() {
		List<Occurrence> found = GAZETTEER
			.find("the UN Security Council and the CSTO Collective Rapid Reaction Forces");
		assertThat(found).extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("un-security-council", "csto-crrf");
	}

	@Test
	void shouldMatchWholeWordsOnly() {
		assertThat(knownIds("The unit under review found no funds.")).isEmpty();
	}

	@Test
	void shouldRequireCapitalsForAcronymsAndNames() {
		assertThat(knownIds("let us go, said the un official")).isEmpty();
		assertThat(knownIds("Let US forces go")).containsExactly("united-states");
	}

	@Test
	void shouldKeepTheLastDotOfAnAbbreviation() {
		String text = "U.S. officials watched.";
		assertThat(GAZETTEER.find(text)).singleElement()
			.satisfies(occurrence -> assertThat(text.substring(occurrence.span().start(), occurrence.span().end()))
				.isEqualTo("U.S."));
	}

	@Test
	void shouldNotSearchOneWordOperationNamesInRunningText() {
		assertThat(knownIds("Illegal migration rose. The Channel was calm. Interaction matters.")).isEmpty();
		assertThat(knownIds("Operation Channel ended.")).containsExactly("channel");
	}

	@Test
	void shouldLookUpQuotedOperationNamesWithoutTheirEdition() {
		assertThat(GAZETTEER.operationNamed("Рубеж-2025")).get().extracting(KnownEntity::id).isEqualTo("rubezh");
		assertThat(GAZETTEER.operationNamed("Rubezh 2019")).get().extracting(KnownEntity::id).isEqualTo("rubezh");
		assertThat(GAZETTEER.operationNamed("Frontier-2025")).isEmpty();
	}

	@Test
	void shouldNotMatchAcrossQuotationMarks() {
		String text = "the International Conference “On the Role and Character of Interaction of "
				+ "International and Regional Organizations in the Fight against International Terrorism”";
		assertThat(GAZETTEER.find(text)).singleElement().satisfies(occurrence -> {
			assertThat(occurrence.entity().knownId()).isEqualTo("moscow-counter-terrorism-conference-2019");
			assertThat(occurrence.span().start()).isEqualTo(text.indexOf("On the Role"));
		});
	}

	private static List<String> knownIds(String text) {
		return GAZETTEER.find(text).stream().map(occurrence -> occurrence.entity().knownId()).toList();
	}

}
