package app.briefings.ingestion.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in single quotation marks, offered to the operation rules only. */
class SingleQuotedNamesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldFindCapitalizedSingleQuotedNamesButNotApostrophes() {
		String text = "The alliance's 'Interaction-2026' training and ‘Channel’ operation; the troops' 'big' day.";
		assertThat(SingleQuotedNames.find(text)).extracting(segment -> segment.innerText(text))
			.containsExactly("Interaction-2026", "Channel");
	}

	@Test
	void shouldLinkAnOperationNamedInSingleQuotesWithoutTakingItForAQuote() {
		ExtractedItem item = EXTRACTOR
			.extract(new ExtractionInput("MINSK, March 5 (BelTA) - Troops will hold the 'Interaction-2026' training "
					+ "near Brest in September.", null, LocalDate.of(2026, 3, 5)))
			.items()
			.get(0);
		assertThat(item.mentions()).extracting(mention -> mention.entity().name()).contains("Interaction");
		assertThat(item.quotes()).isEmpty();
	}

}
