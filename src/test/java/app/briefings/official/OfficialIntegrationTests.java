package app.briefings.official;

import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials of the curated knowledge base, their positions and paging through them. */
@IntegrationTest
class OfficialIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldShowPositionsOverTimeWithTheirOrganization() {
		this.graphQl.document(
				"""
						query($id: ID!) { official(id: $id) { name aliases positions { title from to organization { name } } } }""")
			.variable("id", GlobalId.encode("Official", "stanislav-zas"))
			.execute()
			.path("official.name")
			.entity(String.class)
			.isEqualTo("Stanislav Zas")
			.path("official.aliases")
			.entityList(String.class)
			.contains("Станислав Зась")
			.path("official.positions[0].title")
			.entity(String.class)
			.isEqualTo("Secretary General")
			.path("official.positions[0].from")
			.entity(String.class)
			.isEqualTo("2020-01-01")
			.path("official.positions[0].to")
			.entity(String.class)
			.isEqualTo("2022-12-31")
			.path("official.positions[0].organization.name")
			.entity(String.class)
			.isEqualTo("CSTO");
	}

	@Test
	void shouldPageThroughAllOfficialsByNameWithoutRepeats() {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		while (hasNextPage) {
			var response = this.graphQl.document(
					"query($after: String) { officials(first: 3, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			names.addAll(response.path("officials.edges[*].node.name").entityList(String.class).get());
			hasNextPage = response.path("officials.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("officials.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(names).doesNotHaveDuplicates().isSorted().contains("Imangali Tasmagambetov", "Stanislav Zas");
	}

}
