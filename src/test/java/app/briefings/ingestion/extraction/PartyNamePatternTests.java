package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parties and parliamentary groups named after the word that introduces them. */
class PartyNamePatternTests {

	@Test
	void shouldFindAPartyOrAFactionNamedInQuotationMarks() {
		List<Occurrence> found = PartyNamePattern.findNew(
				"Депутат от правящей партии «Новый путь» поддержал проект. "
						+ "Фракция «Светлая страна» выступила против. The \"Bright Country\" faction abstained.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("Novyy put", "Svetlaya strana", "Bright Country");
		assertThat(found.get(0).entity().aliases()).containsExactly("Новый путь");
	}

	@Test
	void shouldFindEveryEnglishPartyNamedInQuotationMarksButNoneRightAfterALetter() {
		List<Occurrence> found = PartyNamePattern.findNew(
				"He called it \"a bloc\". The \"New Path\" party, "
						+ "x\"Old Way\" faction and “Bright Country” bloc met; \"Green\" movement \"Labour\" party.",
				List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("New Path", "Bright Country", "Green", "Labour");
	}

	@Test
	void shouldFindAPartyBetweenRulingOrOppositionAndParty() {
		List<Occurrence> found = PartyNamePattern
			.findNew("Ruling New Path party MP Anna Petrosyan replied. The opposition Bright Country bloc walked out. "
					+ "The ruling party said nothing.", List.of());
		assertThat(found).extracting(occurrence -> occurrence.entity().name())
			.containsExactly("New Path", "Bright Country");
	}

	@Test
	void shouldLeaveANameAnEarlierRuleFoundAlone() {
		String text = "Фракция «Светлая страна» выступила против.";
		int start = text.indexOf("Светлая");
		Span span = new Span(start, start + "Светлая страна".length());
		EntityRef known = new EntityRef(EntityType.ORGANIZATION, "bright-country", "Bright Country", List.of(), null);
		List<Occurrence> found = PartyNamePattern.findNew(text, List.of(new Occurrence(known, span, 1.0, null)));
		assertThat(found).isEmpty();
	}

}
