package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.MongoCommandCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed with nested officials, operations, organizations and quote speakers costs the
 * same number of MongoDB commands whatever the page size: relations load with one
 * {@code $in} query per relation and page, and the quotes' speakers, who are also the
 * briefings' officials here, come from the officials' query.
 */
@IntegrationTest
class FeedQueryCountIntegrationTests {

	private static final Instant SEEDED_AT = Instant.parse("2030-01-01T00:00:00Z");

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	static void seedBriefings(@Autowired BriefingRepository briefings) {
		for (int i = 0; i < 120; i++) {
			briefings.save(seededBriefing(i));
		}
	}

	private static Briefing seededBriefing(int i) {
		List<Quote> quotes = List.of(new Quote("Quote " + i, QuoteKind.DIRECT, new TextSpan(0, 5), 0.9,
				(i % 2 == 0) ? "stanislav-zas" : "imangali-tasmagambetov", "Zas", null, "said", null));
		List<String> officials = List.of("stanislav-zas", "imangali-tasmagambetov", "sergey-lavrov");
		return new Briefing("count-test-" + i, "count-test", i, "Seeded " + i, "Body " + i, null,
				SEEDED_AT.plusSeconds(i), DateSource.DOCUMENT, "en", new Source("Test", null, null), List.of(), quotes,
				List.of(), List.of(), officials, List.of("csto", "un"), List.of("channel", "rubezh"), List.of(),
				List.of(), "test", BriefingStatus.PUBLISHED, SEEDED_AT);
	}

	@Test
	void shouldSendTheSameFewCommandsForOneTwentyAndAHundredBriefings() {
		List<Integer> counts = new ArrayList<>();
		for (int first : new int[] { 1, 20, 100 }) {
			MongoCommandCounter.reset();
			this.graphQl.documentName("feedWithRelations")
				.variable("first", first)
				.execute()
				.path("briefings.edges")
				.entityList(Object.class)
				.hasSize(first);
			counts.add(MongoCommandCounter.commands().size());
		}
		System.out
			.println("[briefings tests] MongoDB commands for the feed with relations at first 1, 20, 100: " + counts);
		assertThat(counts).as("commands at first 1, 20, 100").containsOnly(counts.get(0));
		assertThat(counts.get(0)).as("the page, its officials and quote speakers, operations, organizations")
			.isLessThanOrEqualTo(4);
	}

	@Test
	void shouldResolveEveryNestedRelationOfTheFeed() {
		this.graphQl.documentName("feedWithRelations")
			.variable("first", 1)
			.execute()
			.path("briefings.edges[0].node.title")
			.entity(String.class)
			.isEqualTo("Seeded 119")
			.path("briefings.edges[0].node.officials[*].name")
			.entityList(String.class)
			.containsExactly("Stanislav Zas", "Imangali Tasmagambetov", "Sergey Lavrov")
			.path("briefings.edges[0].node.operations[*].kind")
			.entityList(String.class)
			.containsExactly("REGIONAL_OPERATION", "TRAINING")
			.path("briefings.edges[0].node.organizations[*].name")
			.entityList(String.class)
			.containsExactly("CSTO", "UN")
			.path("briefings.edges[0].node.quotes[0].speaker.name")
			.entity(String.class)
			.isEqualTo("Imangali Tasmagambetov");
	}

}
