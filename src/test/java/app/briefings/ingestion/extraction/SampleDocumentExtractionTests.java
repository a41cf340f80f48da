package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample page shipped with the app: three short CSTO news items and an op-ed by
 * Stanislav Zas.
 */
class SampleDocumentExtractionTests {

	private static ExtractedDocument document;

	@BeforeAll
	static void extractSample() throws IOException {
		try (InputStream in = SampleDocumentExtractionTests.class
			.getResourceAsStream("/sample/000_fb8e1b19bee3b077.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			document = new DocumentExtractor(KnowledgeBaseFiles.all())
				.extract(new ExtractionInput(text, null, LocalDate.of(2024, 6, 7)));
		}
	}

	@Test
	void shouldFindThreeShortItemsAndTheOpEd() {
		assertThat(document.items()).hasSize(4);
		assertThat(item(0).body()).startsWith("In an exclusive commentary to Cronos.Asia");
		assertThat(item(1).body()).startsWith("On June 6, 2024, in Almaty");
		assertThat(item(2).body()).startsWith("Sputnik Armenia reports");
		assertThat(opEd().body()).startsWith("The CSTO Secretary General Stanislav Zas’ point of view");
	}

	@Test
	void shouldReadTheOpEdHeader() {
		ExtractedItem opEd = opEd();
		assertThat(opEd.title()).isEqualTo("Terrorism can only be countered mutually");
		assertThat(opEd.printedDate()).isEqualTo(new PrintedDate(LocalDate.of(2020, 6, 5), LocalTime.of(0, 1, 0)));
		assertThat(opEd.url()).isEqualTo("http://nvo.ng.ru/realty/2020-06-05/1_1095_terrorism.html");
		assertThat(opEd.author()).isEqualTo("Stanislav Zas");
		assertThat(opEd.tags()).containsExactly("генеральный секретарь одкб", "станислав зась", "терроризм",
				"пандемия");
		assertThat(opEd.summary())
			.isEqualTo("The CSTO Secretary General Stanislav Zas’ point of view in an article for the "
					+ "“Independent Military Review” on the main threat to the world stability");
		assertThat(opEd.language()).isEqualTo("en");
	}

	@Test
	void shouldKeepMetadataAndNavigationOutOfBodies() {
		for (ExtractedItem item : document.items()) {
			assertThat(item.body()).doesNotContain("Go back", "Back to the section", "Back to the all news",
					"About the author", "05.06.2020", "http://", "пандемия");
		}
	}

	@Test
	void shouldTreatEventDatesOfShortItemsAsDatesNotAsPublicationDates() {
		assertThat(item(0).printedDate()).isNull();
		assertThat(item(1).printedDate()).isNull();
		assertThat(item(2).printedDate()).isNull();
		assertThat(item(1).dates()).extracting(ExtractedDate::date, ExtractedDate::precision)
			.contains(tuple(LocalDate.of(2024, 6, 6), DatePrecision.DAY));
	}

	@Test
	void shouldAnchorYearlessDatesOfTheOpEdToItsPrintedDate() {
		assertThat(opEd().dates()).extracting(ExtractedDate::surface, ExtractedDate::date)
			.contains(tuple("May 26", LocalDate.of(2020, 5, 26)),
					tuple("October 30, 2019", LocalDate.of(2019, 10, 30)));
	}

	@Test
	void shouldTitleShortItemsWithTheirShortenedFirstSentence() {
		assertThat(item(0).title()).startsWith("In an exclusive commentary to Cronos.Asia")
			.hasSizeLessThanOrEqualTo(101);
		assertThat(item(2).title()).startsWith("Sputnik Armenia reports that");
	}

	@Test
	void shouldLinkTasmagambetovInEveryShortItemWithHisRole() {
		for (int i = 0; i < 3; i++) {
			ExtractedMention mention = mentionOf(item(i), "imangali-tasmagambetov").orElseThrow();
			assertThat(mention.entity().type()).isEqualTo(EntityType.OFFICIAL);
			assertThat(mention.role()).isEqualTo("CSTO Secretary General");
		}
	}

	@Test
	void shouldLinkMirzoyanWithTheRoleAsWritten() {
		ExtractedMention mirzoyan = mentionOf(item(2), "ararat-mirzoyan").orElseThrow();
		assertThat(mirzoyan.surface()).isEqualTo("Ararat Mirzoyan");
		assertThat(mirzoyan.role()).isEqualTo("Armenian Foreign Minister");
	}

	@Test
	void shouldLinkZasAndLavrovInTheOpEd() {
		assertThat(mentionOf(opEd(), "stanislav-zas").orElseThrow().role()).isEqualTo("CSTO Secretary General");
		assertThat(mentionOf(opEd(), "sergey-lavrov").orElseThrow().role())
			.isEqualTo("Head of the CSTO CMFA, Minister of Foreign Affairs");
		assertThat(mentionOf(opEd(), "imangali-tasmagambetov")).isEmpty();
	}

	@Test
	void shouldLinkTheOrganizations() {
		assertThat(knownIds(item(0))).contains("csto", "cronos-asia");
		assertThat(knownIds(item(2))).contains("sputnik-armenia", "csto");
		assertThat(knownIds(opEd())).contains("csto", "un", "osce", "cis-atc", "sco-rats", "isil", "csto-cmfa",
				"csto-collective-security-council", "csto-secretariat", "csto-crrf", "un-security-council",
				"independent-military-review");
	}

	@Test
	void shouldLinkEveryOperationWithItsKind() {
		assertThat(opEd().mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OPERATION)
			.extracting(mention -> mention.entity().knownId(), mention -> mention.entity().kind())
			.containsExactlyInAnyOrder(tuple("channel", "REGIONAL_OPERATION"), tuple("illegal", "REGIONAL_OPERATION"),
					tuple("proxy", "REGIONAL_OPERATION"), tuple("mercenary", "SET_OF_MEASURES"),
					tuple("rubezh", "TRAINING"), tuple("interaction", "TRAINING"),
					tuple("indestructible-brotherhood", "TRAINING"), tuple("thunder", "SPECIAL_TRAINING"),
					tuple("cobalt", "SPECIAL_TRAINING"));
	}

	@Test
	void shouldNotMistakeInteractionInTheConferenceTitleForTheTraining() {
		ExtractedMention interaction = mentionOf(opEd(), "interaction").orElseThrow();
		int conferenceTitle = opEd().body().indexOf("On the Role and Character of Interaction");
		assertThat(interaction.spans()).hasSize(1);
		assertThat(interaction.spans().get(0).start()).isLessThan(conferenceTitle);
	}

	@Test
	void shouldReportMirzoyansIndirectQuote() {
		assertThat(item(2).quotes()).singleElement().satisfies(quote -> {
			assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
			assertThat(quote.speaker().knownId()).isEqualTo("ararat-mirzoyan");
			assertThat(quote.text())
				.isEqualTo("he had excellent relations with CSTO Secretary General Imangali Tasmagambetov");
			assertThat(quote.verb()).isEqualTo("said");
		});
	}

	@Test
	void shouldReportLavrovsIndirectQuoteAndNoDirectOnes() {
		assertThat(opEd().quotes()).singleElement().satisfies(quote -> {
			assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
			assertThat(quote.speaker().knownId()).isEqualTo("sergey-lavrov");
			assertThat(quote.text()).startsWith("among the variety of challenges")
				.endsWith("remained one of the most dangerous global threats");
			assertThat(quote.roleAsWritten()).isEqualTo("Head of the CSTO CMFA, Minister of Foreign Affairs");
		});
	}

	@Test
	void shouldNotTurnQuotedNamesIntoQuotes() {
		List<String> names = List.of("Independent Military Review", "Terrorism can only be countered mutually",
				"Channel", "Illegal", "PROXY", "Mercenary", "Rubezh", "Interaction", "Indestructible Brotherhood",
				"Thunder", "Cobalt", "Vilayat Khorasan", "specialization", "activities",
				"On the Role and Character of Interaction");
		for (ExtractedItem item : document.items()) {
			assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT).isEmpty();
			for (ExtractedQuote quote : item.quotes()) {
				assertThat(names).noneMatch(name -> quote.text().startsWith(name));
			}
		}
	}

	@Test
	void shouldPointEverySpanAtItsText() {
		for (ExtractedItem item : document.items()) {
			ExtractionAssertions.assertSpansMatchBody(item);
		}
	}

	private static ExtractedItem item(int index) {
		return document.items().get(index);
	}

	private static ExtractedItem opEd() {
		return item(3);
	}

	private static Optional<ExtractedMention> mentionOf(ExtractedItem item, String knownId) {
		return item.mentions().stream().filter(mention -> knownId.equals(mention.entity().knownId())).findFirst();
	}

	private static List<String> knownIds(ExtractedItem item) {
		return item.mentions().stream().map(mention -> mention.entity().knownId()).toList();
	}

}
