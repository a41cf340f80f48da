package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known operations named without quotation marks in English descriptions: beside a
 * keyword, after "called" or "known as", or followed by their keyword in apposition.
 */
class Round9OperationRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldFindAnOperationAfterCalledAndBothOfTwoJoinedBeforeAKeyword() {
		List<ExtractedItem> items = EXTRACTOR
			.extract(new ExtractionInput("Allies drill near the southern border\n"
					+ "The exercise, called Cobalt, is held near the border. The summit welcomed the results of the "
					+ "Thunder and Illegal operations held this year.", null, null))
			.items();

		assertThat(items).hasSize(1);
		assertThat(items.get(0).mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().name())
			.containsExactlyInAnyOrder("Cobalt", "Thunder", "Illegal");
	}

	@Test
	void shouldFindAnOperationKnownAsItsNameAfterALongerComplement() {
		List<ExtractedItem> items = EXTRACTOR.extract(new ExtractionInput("Arrests in the south\n"
				+ "Police say this year's measures against the smuggling of weapons, known as Thunder, led to arrests.",
				null, null))
			.items();

		assertThat(items.get(0).mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().name())
			.containsExactly("Thunder");
	}

	@Test
	void shouldFindAnOperationFollowedByItsKeywordInApposition() {
		List<ExtractedItem> items = EXTRACTOR
			.extract(new ExtractionInput("Seizure in the mountains\n"
					+ "The seizure came at the end of Cobalt, the annual counter-terrorism exercise of the alliance.",
					null, null))
			.items();

		assertThat(items.get(0).mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().name())
			.containsExactly("Cobalt");
	}

}
