package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.BriefingRepository;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.ingestion.document.StoredDocuments;
import app.briefings.official.Official;
import app.briefings.security.AccessRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The editorial fields mapped onto {@link EditorialController} with its collaborators
 * mocked: a review reaches the editor with the entity's ID and status and answers the
 * entity through the {@code Entity} interface, a history request naming both or neither
 * subject is refused with its code and field, and a caller the access rules do not let
 * edit is refused.
 */
@GraphQlTest(EditorialController.class)
@Import(GraphQlSliceConfiguration.class)
class EditorialGraphQlSliceTests {

	private static final String LAVROV_ID = GlobalId.encode("Official", "sergey-lavrov");

	private static final String REVIEW = """
			mutation($id: ID!) {
			  reviewEntity(id: $id, status: REVIEWED) {
			    entity { __typename id name reviewStatus }
			    reextraction { id }
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean(name = "access")
	AccessRules access;

	@MockitoBean
	KnowledgeBaseEditor editor;

	@MockitoBean
	EntityMerger merger;

	@MockitoBean
	QuoteCorrector quotes;

	@MockitoBean
	ReextractionJobs jobs;

	@MockitoBean
	StoredDocuments documents;

	@MockitoBean
	BriefingRepository briefings;

	@MockitoBean
	KnowledgeBaseEntities entities;

	@MockitoBean
	CandidatePages candidatePages;

	@MockitoBean
	SpeakerFixes speakerFixes;

	@MockitoBean
	EditorialHistory history;

	@MockitoBean
	MentionUnlinker unlinker;

	@MockitoBean
	EntityUnmerger unmerger;

	@BeforeEach
	void callWithAKey() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("editor", null, "ROLE_EDITOR"));
	}

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldPassAReviewToTheEditorAndAnswerTheEntityThroughItsInterface() {
		given(this.access.mayEdit(any())).willReturn(true);
		Official reviewed = new Official("sergey-lavrov", "Sergey Lavrov", List.of("Lavrov"), null, List.of(),
				ReviewStatus.REVIEWED);
		given(this.editor.review(LAVROV_ID, ReviewStatus.REVIEWED))
			.willReturn(new EditedEntity(reviewed, LAVROV_ID, null));

		GraphQlTester.Response response = this.graphQl.document(REVIEW).variable("id", LAVROV_ID).execute();

		response.path("reviewEntity.entity.__typename").entity(String.class).isEqualTo("Official");
		response.path("reviewEntity.entity.id").entity(String.class).isEqualTo(LAVROV_ID);
		response.path("reviewEntity.entity.reviewStatus").entity(String.class).isEqualTo("REVIEWED");
		response.path("reviewEntity.reextraction").valueIsNull();
	}

	@Test
	void shouldRefuseAHistoryRequestNamingBothSubjectsWithItsField() {
		given(this.access.mayEdit(any())).willReturn(true);

		this.graphQl
			.document("query($entity: ID, $briefing: ID) { "
					+ "editorialHistory(entityId: $entity, briefingId: $briefing, first: 5) { totalCount } }")
			.variable("entity", LAVROV_ID)
			.variable("briefing", GlobalId.encode("Briefing", "b-1"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(error.getExtensions()).containsEntry("field", "entityId");
			}));
		then(this.history).should(never()).about(any(), any());
	}

	@Test
	void shouldRefuseACallerTheAccessRulesDoNotLetEdit() {
		given(this.access.mayEdit(any())).willReturn(false);

		this.graphQl.document(REVIEW)
			.variable("id", LAVROV_ID)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		then(this.editor).should(never()).review(any(), any());
	}

}
