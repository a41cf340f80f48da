package app.briefings.ingestion.linking;

import java.time.LocalDate;
import java.util.List;

import app.briefings.ingestion.extraction.DocumentExtractor;
import app.briefings.ingestion.extraction.EntityType;
import app.briefings.ingestion.extraction.ExtractedItem;
import app.briefings.ingestion.extraction.ExtractedMention;
import app.briefings.ingestion.extraction.ExtractionInput;
import app.briefings.ingestion.extraction.KnownEntity;
import app.briefings.ingestion.extraction.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditionYearsTests {

	@Test
	void shouldReadTheYearWrittenOntoTheNameInsideOrRightAfterTheOccurrence() {
		String body = "Учения «Рубеж-2025» завершились; «Рубеж» 2019 года и Steppe Eagle 2024 тоже.";
		int rubezh2025 = body.indexOf("Рубеж-2025");
		int steppeEagle = body.indexOf("Steppe Eagle");
		assertThat(EditionYears.in(body, List.of(new Span(rubezh2025, rubezh2025 + "Рубеж-2025".length()))))
			.containsExactly(2025);
		assertThat(EditionYears.in(body, List.of(new Span(rubezh2025, rubezh2025 + "Рубеж".length()))))
			.containsExactly(2025);
		assertThat(EditionYears.in(body, List.of(new Span(steppeEagle, steppeEagle + "Steppe Eagle".length()))))
			.containsExactly(2024);
	}

	@Test
	void shouldNotTakeAnUnrelatedNumberOrAQuotedYearLaterInTheSentenceForAnEdition() {
		String body = "Rubezh drew 2500 troops; Rubezh, in 2025, was larger; «Рубеж» 2019 года.";
		int first = body.indexOf("Rubezh");
		int second = body.indexOf("Rubezh", first + 1);
		int quoted = body.indexOf("Рубеж");
		assertThat(EditionYears.in(body,
				List.of(new Span(first, first + 6), new Span(second, second + 6), new Span(quoted, quoted + 5))))
			.isEmpty();
	}

	@Test
	void shouldGiveTheEditionsOfAnExtractedOperationInAscendingOrder() {
		DocumentExtractor extractor = new DocumentExtractor(List.of(new KnownEntity("rubezh", EntityType.OPERATION,
				"Rubezh", List.of("Рубеж", "Rubezh-2019", "Rubezh-2025"), "TRAINING")));
		String text = "В Таджикистане завершились учения «Рубеж-2025»\n"
				+ "ДУШАНБЕ, 7 сентября. /ТАСС/. Учения «Рубеж-2025» прошли на полигоне Харбмайдон. "
				+ "Предыдущие учения «Рубеж-2019» прошли в Киргизии.";
		ExtractedItem item = extractor.extract(new ExtractionInput(text, null, LocalDate.of(2025, 9, 7)))
			.items()
			.get(0);
		ExtractedMention rubezh = item.mentions()
			.stream()
			.filter((mention) -> "rubezh".equals(mention.entity().knownId()))
			.findFirst()
			.orElseThrow();
		assertThat(EditionYears.in(item.body(), rubezh.spans())).containsExactly(2019, 2025);
	}

}
