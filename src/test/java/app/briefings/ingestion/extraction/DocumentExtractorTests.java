package app.briefings.ingestion.extraction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The whole extraction of short texts, and its safety under many threads. */
class DocumentExtractorTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldLinkAnEditionOfAnOperationToTheOperation() {
		ExtractedItem item = extractOne("В Таджикистане начались учения «Рубеж-2025».");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().knownId(), ExtractedMention::surface)
			.containsExactly(tuple("rubezh", "Рубеж-2025"));
	}

	@Test
	void shouldLinkAKnownOperationWrittenWithoutQuotationMarks() {
		ExtractedItem english = extractOne("The CSTO will hold the Rubezh-2025 training and operation Channel in May.");
		assertThat(english.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().knownId(), ExtractedMention::surface)
			.containsExactly(tuple("rubezh", "Rubezh-2025"), tuple("channel", "Channel"));
		ExtractedItem russian = extractOne("Учения Нерушимое братство пройдут в Киргизии.");
		assertThat(russian.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().knownId())
			.containsExactly("indestructible-brotherhood");
	}

	@Test
	void shouldNotTakeAnyCapitalizedWordsBesideAKeywordForAnOperation() {
		ExtractedItem item = extractOne("The Military Channel operation footage was shown on Monday.");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION).isEmpty();
		ExtractedItem withAcronym = extractOne("Troops arrived for the CSTO Rubezh-2025 training.");
		assertThat(withAcronym.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().knownId())
			.containsExactly("rubezh");
	}

	@Test
	void shouldCreateANewOperationForAnUnknownQuotedTraining() {
		ExtractedItem item = extractOne("The \"Frontier-2025\" training began on Monday.");
		assertThat(item.mentions()).singleElement().satisfies(mention -> {
			assertThat(mention.entity().knownId()).isNull();
			assertThat(mention.entity().name()).isEqualTo("Frontier");
			assertThat(mention.entity().aliases()).containsExactly("Frontier-2025");
			assertThat(mention.entity().kind()).isEqualTo("TRAINING");
		});
	}

	@Test
	void shouldGatherEveryOccurrenceOfAnEntityIntoOneMention() {
		ExtractedItem item = extractOne(
				"Станислав Зась прибыл в Минск. Засе вручили награду, и Зась поблагодарил хозяев.");
		assertThat(item.mentions()).filteredOn(mention -> "stanislav-zas".equals(mention.entity().knownId()))
			.singleElement()
			.satisfies(mention -> {
				assertThat(mention.surface()).isEqualTo("Станислав Зась");
				assertThat(mention.spans()).hasSize(3);
			});
	}

	@Test
	void shouldLetASurnameReferBackToAKnownPersonListedWithoutIt() {
		KnownEntity official = new KnownEntity("baktybek-bekbolotov", EntityType.OFFICIAL, "Baktybek Bekbolotov",
				List.of(), null);
		ExtractedItem item = new DocumentExtractor(List.of(official))
			.extract(new ExtractionInput(
					"Baktybek Bekbolotov arrived in Minsk. \"We are ready,\" Bekbolotov told journalists.", "en", null))
			.items()
			.get(0);
		assertThat(item.quotes()).singleElement()
			.satisfies(quote -> assertThat(quote.speaker().knownId()).isEqualTo("baktybek-bekbolotov"));
	}

	@Test
	void shouldLetASurnameReferBackToANewPerson() {
		ExtractedItem item = extractOne(
				"Kyrgyz Defense Minister Baktybek Bekbolotov arrived. \"We are ready,\" Bekbolotov told journalists.");
		assertThat(item.quotes()).singleElement().satisfies(quote -> {
			assertThat(quote.speaker().name()).isEqualTo("Baktybek Bekbolotov");
			assertThat(quote.speakerAsWritten()).isEqualTo("Bekbolotov");
		});
	}

	@Test
	void shouldDetectTheLanguageOfEachItemWithoutAHint() {
		ExtractedDocument document = EXTRACTOR
			.extract(new ExtractionInput("The CSTO met in Minsk.\n\nОДКБ провела заседание в Минске.", null, null));
		assertThat(document.items()).extracting(ExtractedItem::language).containsExactly("en", "ru");
	}

	@Test
	void shouldGiveTheSameResultsFromManyThreads() throws Exception {
		String text = new String(getClass().getResourceAsStream("/sample/000_fb8e1b19bee3b077.txt").readAllBytes(),
				StandardCharsets.UTF_8);
		ExtractionInput input = new ExtractionInput(text, null, LocalDate.of(2024, 6, 7));
		ExtractedDocument expected = EXTRACTOR.extract(input);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<ExtractedDocument>> results = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				results.add(pool.submit(() -> EXTRACTOR.extract(input)));
			}
			for (Future<ExtractedDocument> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void shouldAddThePlaceNamedOnlyInTheDatelineToTheItemsPlaces() {
		ExtractedItem known = extractOne("ASTANA, May 4 (Kazinform) – The border service detained two smugglers.");
		assertThat(known.body()).doesNotContain("ASTANA");
		assertThat(known.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.PLACE)
			.extracting(mention -> mention.entity().knownId(), ExtractedMention::surface, ExtractedMention::spans)
			.containsExactly(tuple("astana", "ASTANA", List.of()));
		ExtractedItem unknown = extractOne("Термез, 4 мая. /Podrobno.uz/. Таможенники изъяли партию гашиша.");
		assertThat(unknown.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.PLACE)
			.extracting(mention -> mention.entity().name(), mention -> mention.entity().aliases(),
					mention -> mention.entity().knownId())
			.containsExactly(tuple("Termez", List.of("Термез"), null));
	}

	@Test
	void shouldKeepOneMentionOfADatelinePlaceTheBodyNamesToo() {
		ExtractedItem item = extractOne("MINSK, May 4 (BelTA) - The talks in Minsk ended on Monday.");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.PLACE)
			.singleElement()
			.satisfies(minsk -> assertThat(minsk.spans()).hasSize(1));
	}

	private static ExtractedItem extractOne(String text) {
		ExtractedDocument document = EXTRACTOR.extract(new ExtractionInput(text, null, null));
		assertThat(document.items()).hasSize(1);
		ExtractionAssertions.assertSpansMatchBody(document.items().get(0));
		return document.items().get(0);
	}

}
