package app.briefings.sync;

import java.time.Instant;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.graphql.paging.Edge;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.paging.PageInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * {@code briefingChanges} mapped onto {@link BriefingChangesController} with the change
 * log mocked: the sync token a client passes back arrives decoded, the page size defaults
 * to 100, and each change renders with its briefing (or none for a retraction) and the
 * page's next token; a token that is not one is refused with its code.
 */
@GraphQlTest(BriefingChangesController.class)
@Import(GraphQlSliceConfiguration.class)
class BriefingChangesGraphQlSliceTests {

	private static final String CHANGES = """
			query($after: String) {
			  briefingChanges(after: $after) {
			    edges { cursor node { kind version changedAt briefing { id title } } }
			    pageInfo { hasNextPage }
			    syncToken
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	BriefingChanges changes;

	@MockitoBean
	ResumableChanges resumable;

	@Test
	void shouldPassTheDecodedTokenAndRenderEachChangeWithTheNextToken() {
		Briefing published = new Briefing("b-1", "doc-1", 0, "CSTO session in Minsk", "Body", null,
				Instant.parse("2020-06-05T10:15:00Z"), DateSource.ITEM, "en", new Source("Example wire", null, null),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				"test", BriefingStatus.PUBLISHED, Instant.parse("2020-06-05T10:16:00Z"), 1);
		String next = new SyncToken(43).encode();
		given(this.changes.page(eq(new SyncToken(41)), eq(100), eq(FeedCriteria.NONE), any()))
			.willReturn(new BriefingChangeConnection(
					List.of(new Edge<>(new SyncToken(42).encode(),
							new BriefingChange("b-1", BriefingChangeKind.PUBLISHED, 1,
									Instant.parse("2020-06-05T10:16:00Z"), published)),
							new Edge<>(next,
									new BriefingChange("b-2", BriefingChangeKind.RETRACTED, 3,
											Instant.parse("2020-06-05T11:00:00Z"), null))),
					new PageInfo(false, true, null, next), next));

		GraphQlTester.Response response = this.graphQl.document(CHANGES)
			.variable("after", new SyncToken(41).encode())
			.execute();

		response.path("briefingChanges.edges[*].node.kind")
			.entityList(String.class)
			.containsExactly("PUBLISHED", "RETRACTED");
		response.path("briefingChanges.edges[0].node.briefing.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Briefing", "b-1"));
		response.path("briefingChanges.edges[0].node.changedAt").entity(String.class).isEqualTo("2020-06-05T10:16:00Z");
		response.path("briefingChanges.edges[1].node.version").entity(Integer.class).isEqualTo(3);
		response.path("briefingChanges.edges[1].node.briefing").valueIsNull();
		response.path("briefingChanges.edges[1].cursor").entity(String.class).isEqualTo(next);
		response.path("briefingChanges.syncToken").entity(String.class).isEqualTo(next);
	}

	@Test
	void shouldRefuseATokenThatIsNotASyncTokenWithItsCode() {
		this.graphQl.document(CHANGES)
			.variable("after", "not-a-token")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_CURSOR")));
		then(this.changes).should(never()).page(any(), anyInt(), any(), any());
	}

}
