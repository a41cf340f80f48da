package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset paging through a filtered feed whose briefings share one timestamp. */
@IntegrationTest
class FeedPagingIntegrationTests {

	private static final String OFFICIAL = "paging-test-official";

	private static final Instant SAME_INSTANT = Instant.parse("2021-03-04T05:06:07Z");

	private static final String PAGE = """
			query Page($first: Int!, $after: String, $official: ID!) {
			  briefings(first: $first, after: $after, filter: { officials: [$official] }) {
			    edges { node { id title } }
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	static void seedBriefingsWithEqualTimestamps(@Autowired BriefingRepository briefings) {
		for (int i = 0; i < 5; i++) {
			briefings.save(new Briefing("paging-test-" + i, "paging-test", i, "Tie " + i, "Body", null, SAME_INSTANT,
					DateSource.DOCUMENT, "en", new Source(null, null, null), List.of(), List.of(), List.of(), List.of(),
					List.of(OFFICIAL), List.of(), List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED,
					SAME_INSTANT));
		}
	}

	@Test
	void shouldVisitEveryBriefingOnceWhenTimestampsTie() {
		List<String> titles = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		while (hasNextPage) {
			var response = this.graphQl.document(PAGE)
				.variable("first", 2)
				.variable("after", after)
				.variable("official", GlobalId.encode("Official", OFFICIAL))
				.execute();
			titles.addAll(response.path("briefings.edges[*].node.title").entityList(String.class).get());
			hasNextPage = response.path("briefings.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("briefings.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(titles).containsExactly("Tie 4", "Tie 3", "Tie 2", "Tie 1", "Tie 0");
	}

	@Test
	void shouldFilterByPublicationRange() {
		String document = """
				query Range($official: ID!, $after: DateTime, $before: DateTime) {
				  briefings(first: 10, filter: { officials: [$official], publishedAfter: $after, publishedBefore: $before }) {
				    edges { node { publishedAt } }
				  }
				}""";
		this.graphQl.document(document)
			.variable("official", GlobalId.encode("Official", OFFICIAL))
			.variable("after", "2021-03-04T08:06:07+03:00")
			.variable("before", "2021-03-04T05:06:08Z")
			.execute()
			.path("briefings.edges[*].node.publishedAt")
			.entityList(String.class)
			.satisfies((instants) -> assertThat(instants).hasSize(5).containsOnly("2021-03-04T05:06:07Z"));
		this.graphQl.document(document)
			.variable("official", GlobalId.encode("Official", OFFICIAL))
			.variable("after", "2021-03-04T05:06:08Z")
			.execute()
			.path("briefings.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldRefuseADateTimeWithoutOffset() {
		this.graphQl
			.document("{ briefings(first: 1, filter: { publishedAfter: \"2021-03-04\" }) { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code",
						"GRAPHQL_VALIDATION_FAILED")));
	}

	@Test
	void shouldTellWhetherAPreviousPageExists() {
		this.graphQl.document(PAGE)
			.variable("first", 5)
			.variable("official", GlobalId.encode("Official", OFFICIAL))
			.execute()
			.path("briefings.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("briefings.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

}
