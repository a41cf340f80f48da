package app.briefings.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.briefings.entity.EntityRedirects;
import app.briefings.entity.ReviewStatus;
import app.briefings.event.EventRepository;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.official.Official;
import app.briefings.official.OfficialRepository;
import app.briefings.operation.OperationRepository;
import app.briefings.organization.OrganizationRepository;
import app.briefings.place.PlaceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The feed and single-briefing fields mapped onto {@link BriefingController} with its
 * repositories mocked: global IDs, scalars, batched relations, the connection's page
 * information and count, the filter as the repository receives it, and the coded errors
 * of bad arguments.
 */
@GraphQlTest(BriefingController.class)
@Import({ GraphQlSliceConfiguration.class, FeedFilters.class })
class BriefingFeedGraphQlSliceTests {

	private static final Official LAVROV = new Official("sergey-lavrov", "Sergey Lavrov", List.of("Lavrov"), null,
			List.of(), ReviewStatus.CURATED);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	BriefingRepository briefings;

	@MockitoBean
	OfficialRepository officials;

	@MockitoBean
	OrganizationRepository organizations;

	@MockitoBean
	OperationRepository operations;

	@MockitoBean
	PlaceRepository places;

	@MockitoBean
	EventRepository events;

	@MockitoBean
	RetractedBriefingReaders readers;

	@MockitoBean
	EntityRedirects redirects;

	@BeforeEach
	void letTheCallerSeeEveryBriefing() {
		given(this.readers.asSeenByCaller(any())).willAnswer((invocation) -> invocation.getArgument(0));
	}

	@Test
	void shouldMapAFeedPageWithGlobalIdsInstantsBatchedOfficialsAndPageInfo() {
		Briefing second = briefing("b-2", "2020-06-04T08:00:00Z");
		given(this.briefings.findFeedPage(any(), any()))
			.willReturn(List.of(briefing("b-1", "2020-06-05T10:15:00Z", "sergey-lavrov"), second,
					briefing("b-3", "2020-06-03T08:00:00Z")));
		given(this.officials.findByIdIn(anyCollection())).willReturn(List.of(LAVROV));

		GraphQlTester.Response response = this.graphQl.documentName("feedWithRelations").variable("first", 2).execute();

		response.path("briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Briefing", "b-1"), GlobalId.encode("Briefing", "b-2"));
		response.path("briefings.edges[0].node.publishedAt").entity(String.class).isEqualTo("2020-06-05T10:15:00Z");
		response.path("briefings.edges[0].node.officials[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("id", GlobalId.encode("Official", "sergey-lavrov"), "name", "Sergey Lavrov", "positions",
					List.of()));
		response.path("briefings.edges[1].node.officials").entityList(Object.class).hasSize(0);
		response.path("briefings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("briefings.pageInfo.endCursor").entity(String.class).isEqualTo(FeedCursor.of(second));
		then(this.officials).should().findByIdIn(Set.of("sergey-lavrov"));
	}

	@Test
	void shouldCountTheFeedOnlyWhenTotalCountIsSelected() {
		given(this.briefings.findFeedPage(any(), any())).willReturn(List.of());
		given(this.briefings.countFeed(any())).willReturn(42L);

		this.graphQl.document("{ briefings(first: 5) { edges { cursor } } }")
			.execute()
			.path("briefings.edges")
			.entityList(Object.class)
			.hasSize(0);
		then(this.briefings).should(never()).countFeed(any());

		this.graphQl.document("{ briefings(first: 5) { totalCount } }")
			.execute()
			.path("briefings.totalCount")
			.entity(Integer.class)
			.isEqualTo(42);
	}

	@Test
	void shouldHandTheRepositoryTheFilterWithStoredIdsAndInstantsInUtc() {
		given(this.briefings.findFeedPage(any(), any())).willReturn(List.of());

		this.graphQl.document("""
				query($filter: BriefingFilter) { briefings(first: 10, filter: $filter) { edges { cursor } } }""")
			.variable("filter",
					Map.of("officials", List.of(GlobalId.encode("Official", "sergey-lavrov")), "publishedAfter",
							"2020-06-01T00:00:00+03:00", "language", "en"))
			.execute()
			.path("briefings.edges")
			.entityList(Object.class)
			.hasSize(0);

		ArgumentCaptor<FeedCriteria> criteria = ArgumentCaptor.forClass(FeedCriteria.class);
		then(this.briefings).should().findFeedPage(criteria.capture(), any());
		assertThat(criteria.getValue().officialIds()).containsExactly("sergey-lavrov");
		assertThat(criteria.getValue().publishedAfter()).isEqualTo(Instant.parse("2020-05-31T21:00:00Z"));
		assertThat(criteria.getValue().language()).isEqualTo("en");
	}

	@Test
	void shouldRefuseAPageSizeOverTheLimitWithItsCodeAndReadNothing() {
		this.graphQl.document("{ briefings(first: 101) { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getPath()).isEqualTo("briefings");
				assertThat(error.getExtensions()).containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")
					.containsEntry("field", "first");
			}));
		then(this.briefings).should(never()).findFeedPage(any(), any());
	}

	@Test
	void shouldRefuseTheIdOfAnotherTypeAsAnInvalidId() {
		this.graphQl.document("query($id: ID!) { briefing(id: $id) { title } }")
			.variable("id", GlobalId.encode("Official", "sergey-lavrov"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ID")))
			.path("briefing")
			.valueIsNull();
	}

	@Test
	void shouldAnswerABriefingAsTheCallerMaySeeIt() {
		Briefing retracted = briefing("b-9", "2020-06-05T10:15:00Z");
		given(this.briefings.findById("b-9")).willReturn(Optional.of(retracted));
		given(this.readers.asSeenByCaller(retracted)).willReturn(null);

		this.graphQl.document("query($id: ID!) { briefing(id: $id) { title } }")
			.variable("id", GlobalId.encode("Briefing", "b-9"))
			.execute()
			.path("briefing")
			.valueIsNull();
		then(this.readers).should().asSeenByCaller(retracted);
	}

	private static Briefing briefing(String id, String publishedAt, String... officialIds) {
		return new Briefing(id, "doc-" + id, 0, "Title of " + id, "Body of " + id, null, Instant.parse(publishedAt),
				DateSource.ITEM, "en", new Source("Example wire", null, null), List.of(), List.of(), List.of(),
				List.of(), List.of(officialIds), List.of(), List.of(), List.of(), List.of(), "test",
				BriefingStatus.PUBLISHED, Instant.parse(publishedAt), 1);
	}

}
