package app.briefings.ingestion.extraction;

import java.util.List;
import java.util.regex.Matcher;

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
	void shouldTryThePatternAtEveryOffsetWhereAPossessiveCanBegin() {
		String text = "Russia’s Foreign Ministry, Kyrgyzstan's State Border Service and Uzbekistan'Security Office; "
				+ "O'Neill's Staff";
		boolean[] ahead = PossessiveOrganizations.possessiveAhead(text);
		Matcher matcher = PossessiveOrganizations.POSSESSIVE.matcher(text)
			.useTransparentBounds(true)
			.useAnchoringBounds(false);
		int begins = 0;

		for (int offset = 0; offset < text.length(); offset++) {
			if (matcher.region(offset, text.length()).lookingAt()) {
				begins++;
				assertThat(ahead[offset]).as("at %d", offset).isTrue();
			}
		}

		assertThat(begins).isEqualTo(3);
		assertThat(ahead[text.indexOf("Foreign")]).isFalse();
		assertThat(ahead[text.indexOf("Uzbekistan")]).isFalse();
	}

	@Test
	void shouldLinkNothingWhenNoKnownBodyHasThatName() {
		assertThat(new PossessiveOrganizations(GAZETTEER).find("Chile's Security Council met in Santiago.")).isEmpty();
	}

}
