package app.briefings.briefing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static app.briefings.briefing.NavigationFixtures.retracted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed filters by place, source, free text and language, counts what it filters, and
 * never shows retracted briefings.
 */
@IntegrationTest
class FeedFilterIntegrationTests {

	private static final String OFFICIAL = "filter-test-official";

	private static final Instant AT = Instant.parse("2024-02-03T04:05:06Z");

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	static void seed(@Autowired BriefingRepository briefings) {
		briefings.save(briefing("filter-plain", "Talks resume", "Nothing special here.", "en", "Wire A", List.of()));
		briefings.save(briefing("filter-place", "Meeting", "They met.", "en", "Wire A", List.of("filter-test-city")));
		briefings.save(briefing("filter-source", "Statement", "A statement.", "en", "Filter Gazette", List.of()));
		briefings.save(briefing("filter-text", "Border", "The Quasquorn (exercise) began.", "en", "Wire A", List.of()));
		briefings.save(briefing("filter-russian", "Встреча", "Состоялась встреча.", "ru", "Wire A", List.of()));
		briefings.save(retracted(briefing("filter-retracted", "Quasquorn retracted", "Withdrawn item.", "ru",
				"Filter Gazette", List.of("filter-test-city"))));
	}

	private static Briefing briefing(String id, String title, String body, String language, String source,
			List<String> places) {
		return new Briefing(id, "filter-test", 0, title, body, null, AT, DateSource.DOCUMENT, language,
				new Source(source, null, null), List.of(), List.of(), List.of(), List.of(), List.of(OFFICIAL),
				List.of(), List.of(), places, List.of(), "test", BriefingStatus.PUBLISHED, AT);
	}

	@Test
	void shouldLeaveRetractedBriefingsOutOfTheFeedAndItsCount() {
		assertFeed("{ officials: [\"" + official() + "\"] }", 5, "filter-text", "filter-source", "filter-russian",
				"filter-plain", "filter-place");
	}

	@Test
	void shouldFilterByPlace() {
		assertFeed("{ officials: [\"" + official() + "\"], places: [\"" + GlobalId.encode("Place", "filter-test-city")
				+ "\"] }", 1, "filter-place");
	}

	@Test
	void shouldFilterBySource() {
		assertFeed("{ officials: [\"" + official() + "\"], sources: [\"Filter Gazette\"] }", 1, "filter-source");
	}

	@Test
	void shouldFilterByFreeTextRegardlessOfCaseAndRegexCharacters() {
		assertFeed("{ officials: [\"" + official() + "\"], query: \"quasquorn (EXERCISE)\" }", 1, "filter-text");
	}

	@Test
	void shouldFilterByLanguage() {
		assertFeed("{ officials: [\"" + official() + "\"], language: \"ru\" }", 1, "filter-russian");
	}

	@Test
	void shouldPageByCursorWhileFilteringByFreeText() {
		String document = """
				query($official: ID!) { briefings(last: 1, before: "%s", filter: { officials: [$official], query: "e" }) {
				  edges { node { id } } } }"""
			.formatted(FeedCursor.of(briefing("filter-plain", "", "", "en", "", List.of())));
		this.graphQl.document(document)
			.variable("official", official())
			.execute()
			.path("briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Briefing", "filter-source"));
	}

	private void assertFeed(String filter, int totalCount, String... ids) {
		String[] globalIds = Arrays.stream(ids).map((id) -> GlobalId.encode("Briefing", id)).toArray(String[]::new);
		this.graphQl.document("{ briefings(first: 10, filter: " + filter + ") { edges { node { id } } totalCount } }")
			.execute()
			.path("briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(globalIds)
			.path("briefings.totalCount")
			.entity(Integer.class)
			.isEqualTo(totalCount);
	}

	private static String official() {
		return GlobalId.encode("Official", OFFICIAL);
	}

}
