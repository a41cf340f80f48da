package app.briefings.ingestion.linking;

import java.time.Duration;
import java.util.List;

import app.briefings.graphql.BriefingsGraphQlProperties;
import app.briefings.ingestion.extraction.EntityRef;
import app.briefings.ingestion.extraction.EntityType;
import app.briefings.ingestion.extraction.ExtractedMention;
import app.briefings.ingestion.extraction.ExtractionInput;
import app.briefings.ingestion.extraction.KnownEntity;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class LinkingExtractorTests {

	private static final String TEXT = """
			Kyrgyz Defense Minister Baktybek Bekbolotov said that the training would be held in the autumn.
			"We are ready to host the contingents," Bekbolotov said.
			""";

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final LinkingExtractor extractor = new LinkingExtractor(this.mongo,
			new BriefingsGraphQlProperties(Duration.ofSeconds(10),
					new BriefingsGraphQlProperties.Get(Duration.ofSeconds(30)),
					new BriefingsGraphQlProperties.PersistedQueries(5000, DataSize.ofMegabytes(32))));

	@Test
	void shouldLinkLaterDocumentsToAddedEntitiesWithoutReadingTheCollections() {
		assertThat(officialIds()).containsOnlyNulls();
		this.extractor.add(List
			.of(new KnownEntity("baktybek-bekbolotov", EntityType.OFFICIAL, "Baktybek Bekbolotov", List.of(), null)));
		assertThat(officialIds()).containsOnly("baktybek-bekbolotov");
		verifyNoInteractions(this.mongo);
	}

	@Test
	void shouldKeepEntitiesAddedEarlierWhenAddingMore() {
		this.extractor.add(List
			.of(new KnownEntity("baktybek-bekbolotov", EntityType.OFFICIAL, "Baktybek Bekbolotov", List.of(), null)));
		this.extractor.add(List.of(new KnownEntity("frontier-training", EntityType.OPERATION, "Frontier training",
				List.of(), "EXERCISE")));
		assertThat(officialIds()).containsOnly("baktybek-bekbolotov");
	}

	private List<String> officialIds() {
		return this.extractor.extract(new ExtractionInput(TEXT, "en", null))
			.items()
			.stream()
			.flatMap((item) -> item.mentions().stream())
			.map(ExtractedMention::entity)
			.filter((entity) -> entity.type() == EntityType.OFFICIAL)
			.map(EntityRef::knownId)
			.toList();
	}

}
