package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known organizations named with their country in the possessive. */
class PossessiveOrganizationsTests {

	private static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBaseFiles.all());

	@Test
	void shouldLinkABodyNamedWithItsCountryInThePossessiveToTheKnownBody() {
		String text = "The head of Russia's Security Council visited Minsk on Tuesday.";
		List<Occurrence> found = new PossessiveOrganizations(GAZETTEER).find(text);

		assertThat(found).singleElement().satisfies(occurrence -> {
			assertThat(occurrence.entity().knownId()).isEqualTo("russia-security-council");
			assertThat(text.substring(occurrence.span().start(), occurrence.span().end()))
				.isEqualTo("Security Council");
		});
	}

	@Test
	void shouldLinkNothingWhenNoKnownBodyHasThatName() {
		assertThat(new PossessiveOrganizations(GAZETTEER).find("Chile's Security Council met in Santiago.")).isEmpty();
	}

}
