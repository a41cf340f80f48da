package app.briefings.graphql.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.entity.ReviewStatus;
import app.briefings.official.Official;
import app.briefings.organization.Organization;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code node} and {@code nodes} mapped onto {@link NodeController} over two node types
 * held in memory: answers in the order asked with {@code null} for what does not exist,
 * each object under its own type, and coded errors for a malformed ID and for more than
 * 100 IDs.
 */
@GraphQlTest(NodeController.class)
@Import({ GraphQlSliceConfiguration.class, NodeGraphQlSliceTests.Resolvers.class })
class NodeGraphQlSliceTests {

	private static final String NODES = """
			query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { name } } }""";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldAnswerMixedTypesInTheOrderAskedWithNullForWhatDoesNotExist() {
		String csto = GlobalId.encode("Organization", "csto");
		String zas = GlobalId.encode("Official", "stanislav-zas");
		String missing = GlobalId.encode("Official", "nobody");

		GraphQlTester.Response response = this.graphQl.document(NODES)
			.variable("ids", List.of(csto, missing, zas))
			.execute();

		response.path("nodes[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("__typename", "Organization", "id", csto, "name", "CSTO"));
		response.path("nodes[1]").valueIsNull();
		response.path("nodes[2]")
			.entity(Map.class)
			.isEqualTo(Map.of("__typename", "Official", "id", zas, "name", "Stanislav Zas"));
	}

	@Test
	void shouldRefuseAMalformedIdWithItsCode() {
		this.graphQl.document("{ node(id: \"not base64 at all\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ID")));
	}

	@Test
	void shouldRefuseMoreThanAHundredIds() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i <= 100; i++) {
			ids.add(GlobalId.encode("Official", "official-" + i));
		}
		this.graphQl.document(NODES)
			.variable("ids", ids)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(error.getExtensions()).containsEntry("field", "ids");
			}));
	}

	/** Node resolvers over a few knowledge base records held in memory. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Resolvers {

		@Bean
		NodeResolver officials() {
			List<Official> officials = List
				.of(new Official("stanislav-zas", "Stanislav Zas", List.of(), null, List.of(), ReviewStatus.CURATED));
			return NodeResolver.of("Official", (ids) -> matching(officials, ids, Official::id), Official::id);
		}

		@Bean
		NodeResolver organizations() {
			List<Organization> organizations = List
				.of(new Organization("csto", "CSTO", List.of(), null, null, ReviewStatus.CURATED));
			return NodeResolver.of("Organization", (ids) -> matching(organizations, ids, Organization::id),
					Organization::id);
		}

		private static <T> List<T> matching(List<T> all, Collection<String> ids, Function<T, String> idOf) {
			return all.stream().filter((node) -> ids.contains(idOf.apply(node))).toList();
		}

	}

}
