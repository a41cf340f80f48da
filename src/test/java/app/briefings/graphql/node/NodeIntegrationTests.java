package app.briefings.graphql.node;

import app.briefings.IntegrationTest;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.TrivialDataFetcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code node} and {@code nodes} find every entity type by its opaque global ID. */
@IntegrationTest
class NodeIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource source;

	@Test
	void shouldFindEachKindOfEntityByGlobalId() {
		String document = """
				query Nodes($ids: [ID!]!) {
				  nodes(ids: $ids) { __typename id ... on Entity { name } }
				}""";
		this.graphQl.document(document)
			.variable("ids",
					new String[] { GlobalId.encode("Official", "stanislav-zas"),
							GlobalId.encode("Organization", "csto"), GlobalId.encode("Operation", "channel"),
							GlobalId.encode("Place", "almaty"), GlobalId.encode("Official", "nobody-has-this-id") })
			.execute()
			.path("nodes[*].__typename")
			.entityList(String.class)
			.containsExactly("Official", "Organization", "Operation", "Place")
			.path("nodes[0].name")
			.entity(String.class)
			.isEqualTo("Stanislav Zas")
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Official", "stanislav-zas"))
			.path("nodes[2].name")
			.entity(String.class)
			.isEqualTo("Channel")
			.path("nodes[4]")
			.valueIsNull();
	}

	@Test
	void shouldFindAnEventByGlobalId() {
		this.graphQl
			.document("query($id: ID!) { node(id: $id) { __typename ... on Event { name date place { name } } } }")
			.variable("id", GlobalId.encode("Event", "munich-security-conference-2020"))
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Event")
			.path("node.date")
			.entity(String.class)
			.isEqualTo("2020-02-14")
			.path("node.place.name")
			.entity(String.class)
			.isEqualTo("Munich");
	}

	@Test
	void shouldReturnTheSameIdThatNodeAccepts() {
		String id = this.graphQl.document("{ organizations(first: 1) { edges { node { id name } } } }")
			.execute()
			.path("organizations.edges[0].node.id")
			.entity(String.class)
			.get();
		this.graphQl.document("{ node(id: \"" + id + "\") { id } }")
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void shouldEncodeGlobalIdsWithoutTheContextAroundFetchersThatDoIo() {
		GraphQLSchema schema = this.source.schema();
		DataFetcher<?> briefingId = schema.getCodeRegistry()
			.getDataFetcher(FieldCoordinates.coordinates("Briefing", "id"),
					schema.getObjectType("Briefing").getFieldDefinition("id"));

		assertThat(briefingId).as("a trivial data fetcher, which Spring for GraphQL leaves undecorated")
			.isInstanceOf(TrivialDataFetcher.class);
	}

}
