package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Names the extractor leaves to editors as candidates instead of linking by a guess. */
class CandidateExtractionTests {

	private static final KnownEntity ANVAR = new KnownEntity("anvar-zelvakor", EntityType.OFFICIAL, "Anvar Zelvakor",
			List.of("Zelvakor"), null);

	private static final KnownEntity TIMUR = new KnownEntity("timur-zelvakor", EntityType.OFFICIAL, "Timur Zelvakor",
			List.of("Zelvakor"), null);

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(withShared());

	private static List<KnownEntity> withShared() {
		List<KnownEntity> entities = new ArrayList<>(KnowledgeBaseFiles.all());
		entities.add(ANVAR);
		entities.add(TIMUR);
		return entities;
	}

	@Test
	void shouldLeaveASurnameSharedByTwoOfficialsToEditors() {
		String text = "Zelvakor said the border would stay open.";
		ExtractedItem item = extractOne(text);
		assertThat(item.mentions()).noneMatch((mention) -> mention.surface().equals("Zelvakor"));
		assertThat(item.candidates())
			.extracting(ExtractedCandidate::surface, ExtractedCandidate::type, ExtractedCandidate::entityIds,
					ExtractedCandidate::span)
			.containsExactly(tuple("Zelvakor", EntityType.OFFICIAL, List.of("anvar-zelvakor", "timur-zelvakor"),
					new Span(0, 8)));
	}

	@Test
	void shouldLinkASharedSurnameOnceTheFullNameWasWritten() {
		ExtractedItem item = extractOne("Timur Zelvakor arrived in Bishkek. Zelvakor said the border would stay open.");
		assertThat(item.mentions()).filteredOn((mention) -> "timur-zelvakor".equals(mention.entity().knownId()))
			.singleElement()
			.satisfies((mention) -> assertThat(mention.spans()).hasSize(2));
		assertThat(item.candidates()).isEmpty();
	}

	@Test
	void shouldLeaveAnUntitledUnknownNameToEditorsWithoutCreatingAnEntity() {
		ExtractedItem item = extractOne("On Monday Marat Imankulov met the CSTO delegation.");
		assertThat(item.candidates())
			.extracting(ExtractedCandidate::surface, ExtractedCandidate::key, ExtractedCandidate::type,
					ExtractedCandidate::entityIds)
			.containsExactly(tuple("Marat Imankulov", "marat imankulov", EntityType.OFFICIAL, List.of()));
		assertThat(item.mentions()).extracting((mention) -> mention.entity().name()).doesNotContain("Marat Imankulov");
	}

	@Test
	void shouldGiveTheSameKeyToBothScripts() {
		ExtractedItem item = extractOne("Вчера Марат Иманкулов встретился с делегацией.");
		assertThat(item.candidates()).extracting(ExtractedCandidate::surface, ExtractedCandidate::key)
			.containsExactly(tuple("Марат Иманкулов", "marat imankulov"));
	}

	@Test
	void shouldNotTakeATitleBeforeALinkedNameOrATitledNewPersonForACandidate() {
		ExtractedItem item = extractOne(
				"Kyrgyz Defense Minister Baktybek Bekbolotov met CSTO Secretary General Imangali Tasmagambetov.");
		assertThat(item.candidates()).isEmpty();
	}

	@Test
	void shouldGuessAnOrganizationFromItsName() {
		ExtractedItem item = extractOne("The contract went to Kumtor Gold last year.");
		assertThat(item.candidates()).extracting(ExtractedCandidate::surface, ExtractedCandidate::type)
			.containsExactly(tuple("Kumtor Gold", EntityType.ORGANIZATION));
	}

	private static ExtractedItem extractOne(String text) {
		ExtractedDocument document = EXTRACTOR.extract(new ExtractionInput(text, null, LocalDate.of(2025, 5, 1)));
		assertThat(document.items()).hasSize(1);
		return document.items().get(0);
	}

}
