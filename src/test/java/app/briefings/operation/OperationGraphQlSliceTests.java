package app.briefings.operation;

import java.util.List;
import java.util.Optional;

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
import app.briefings.organization.OrganizationRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The operation fields mapped onto {@link OperationController} with the repositories
 * mocked: the connection arguments arrive as one page request, a page asked for with both
 * {@code first} and {@code last} is refused with its code, and an operation is found
 * under the ID of an operation merged into it.
 */
@GraphQlTest(OperationController.class)
@Import({ GraphQlSliceConfiguration.class, MergeFollowingLookup.class })
class OperationGraphQlSliceTests {

	private static final Operation CHANNEL = new Operation("channel", "Channel", List.of("Канал"),
			OperationKind.REGIONAL_OPERATION, null, null, List.of(), ReviewStatus.CURATED);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	OperationRepository operations;

	@MockitoBean
	OrganizationRepository organizations;

	@MockitoBean
	NameOrderedPages pages;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldPassTheConnectionArgumentsToThePagesAsOnePageRequest() {
		PageRequest expected = new PageRequest(2, Direction.BACKWARD, null, "cursor-b");
		given(this.pages.page(eq(Operation.class), eq(expected), isNull(), any(), any()))
			.willReturn(Connection.of(List.of(CHANNEL), expected, Operation::id, TotalCount.of(() -> 1)));

		this.graphQl.document("{ operations(last: 2, before: \"cursor-b\") { edges { node { name } } } }")
			.execute()
			.path("operations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Channel");
	}

	@Test
	void shouldRefuseFirstAndLastTogetherAsBadUserInput() {
		this.graphQl.document("{ operations(first: 2, last: 2) { edges { node { name } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
		then(this.pages).should(never()).page(any(), any(), any(), any(), any());
	}

	@Test
	void shouldFindAnOperationUnderTheIdOfAnOperationMergedIntoIt() {
		given(this.operations.findById("kanal")).willReturn(Optional.empty());
		given(this.redirects.survivorOf("operations", "kanal")).willReturn(Optional.of("channel"));
		given(this.operations.findById("channel")).willReturn(Optional.of(CHANNEL));

		this.graphQl.document("query($id: ID!) { operation(id: $id) { id name } }")
			.variable("id", GlobalId.encode("Operation", "kanal"))
			.execute()
			.path("operation.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Operation", "channel"));
	}

}
