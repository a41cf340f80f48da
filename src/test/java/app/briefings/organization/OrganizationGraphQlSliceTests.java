package app.briefings.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefings.entity.EntityRedirects;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.NameOrderedPages;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.PageRequest.Direction;
import app.briefings.graphql.paging.TotalCount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The organization fields mapped onto {@link OrganizationController} with the
 * repositories mocked: the default page and the review-status filter, a size out of range
 * refused with its code, and an organization found under the ID of one merged into it
 * with its parent loaded in a batch.
 */
@GraphQlTest(OrganizationController.class)
@Import({ GraphQlSliceConfiguration.class, MergeFollowingLookup.class })
class OrganizationGraphQlSliceTests {

	private static final Organization CSTO = new Organization("csto", "CSTO", List.of("ОДКБ"), null, null,
			ReviewStatus.CURATED);

	private static final Organization SECRETARIAT = new Organization("csto-secretariat", "CSTO Secretariat", List.of(),
			null, "csto", ReviewStatus.REVIEWED);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	OrganizationRepository organizations;

	@MockitoBean
	NameOrderedPages pages;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldAskForTheDefaultPageWithTheReviewStatusFilter() {
		PageRequest expected = new PageRequest(PageRequest.DEFAULT_SIZE, Direction.FORWARD, null, null);
		given(this.pages.page(eq(Organization.class), eq(expected), eq(ReviewStatus.CURATED), any(), any()))
			.willReturn(Connection.of(List.of(CSTO), expected, Organization::id, TotalCount.of(() -> 1)));

		this.graphQl.document("{ organizations(reviewStatus: CURATED) { edges { node { name } } } }")
			.execute()
			.path("organizations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("CSTO");
	}

	@Test
	void shouldRefuseANegativeSizeNamingTheArgument() {
		this.graphQl.document("{ organizations(first: -1) { edges { node { name } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE");
				assertThat(error.getExtensions()).containsEntry("field", "first");
			}));
		then(this.pages).should(never()).page(any(), any(), any(), any(), any());
	}

	@Test
	void shouldFindAnOrganizationUnderAMergedIdWithItsParent() {
		given(this.organizations.findById("secretariat")).willReturn(Optional.empty());
		given(this.redirects.survivorOf("organizations", "secretariat")).willReturn(Optional.of("csto-secretariat"));
		given(this.organizations.findById("csto-secretariat")).willReturn(Optional.of(SECRETARIAT));
		given(this.organizations.findByIdIn(Set.of("csto"))).willReturn(List.of(CSTO));

		GraphQlTester.Response response = this.graphQl
			.document("query($id: ID!) { organization(id: $id) { id parent { name } } }")
			.variable("id", GlobalId.encode("Organization", "secretariat"))
			.execute();

		response.path("organization.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Organization", "csto-secretariat"));
		response.path("organization.parent.name").entity(String.class).isEqualTo("CSTO");
	}

}
