package app.briefings.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.MongoCommandCounter;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.official.Official;
import app.briefings.official.Position;
import app.briefings.operation.Operation;
import app.briefings.operation.OperationKind;
import app.briefings.organization.Organization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static app.briefings.briefing.NavigationFixtures.briefing;
import static app.briefings.briefing.NavigationFixtures.quote;
import static app.briefings.briefing.NavigationFixtures.retracted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an official to their quotes, briefings and operations; from an operation to the
 * officials quoted about it; from an organization to its officials and operations.
 * Retracted briefings take part in none of them.
 */
@IntegrationTest
class NavigationIntegrationTests {

	private static final String OFFICIAL = "nav-official";

	private static final String SPEAKER = "nav-speaker";

	private static final String ORGANIZATION = "nav-organization";

	private static final String OPERATION = "nav-operation-a";

	private static final Instant EARLIER = Instant.parse("2023-01-02T03:04:05Z");

	private static final Instant LATER = EARLIER.plusSeconds(3600);

	private static final String QUOTES = """
			query Quotes($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
			  official(id: $id) {
			    quotes(first: $first, after: $after, last: $last, before: $before) {
			      edges { cursor node { text speaker { name } } briefing { id title } }
			      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			      totalCount
			    }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	static void seed(@Autowired BriefingRepository briefings, @Autowired MongoOperations mongo) {
		mongo.save(new Organization(ORGANIZATION, "Nav Organization", List.of(), null, null, ReviewStatus.CURATED));
		mongo.save(new Official(OFFICIAL, "Nav Official", List.of(), null,
				List.of(new Position("Director", ORGANIZATION, LocalDate.of(2020, 1, 1), null)), ReviewStatus.CURATED));
		mongo.save(new Official(SPEAKER, "Nav Speaker", List.of(), null, List.of(), ReviewStatus.CURATED));
		mongo.save(new Operation(OPERATION, "Nav Operation A", List.of(), OperationKind.TRAINING, null, ORGANIZATION,
				List.of(), ReviewStatus.CURATED));
		mongo.save(new Operation("nav-operation-b", "Nav Operation B", List.of(), OperationKind.EXERCISE, null,
				ORGANIZATION, List.of(), ReviewStatus.CURATED));
		briefings.save(briefing("nav-earlier", EARLIER, List.of(OFFICIAL, SPEAKER), List.of(OPERATION),
				List.of(quote("A", OFFICIAL), quote("by the speaker", SPEAKER), quote("B", OFFICIAL))));
		briefings.save(briefing("nav-later", LATER, List.of(OFFICIAL), List.of(OPERATION, "nav-operation-b"),
				List.of(quote("C", OFFICIAL))));
		briefings.save(retracted(briefing("nav-retracted", LATER.plusSeconds(60), List.of(OFFICIAL),
				List.of("nav-operation-b", "nav-operation-c"), List.of(quote("D", OFFICIAL), quote("E", OFFICIAL)))));
	}

	@Test
	void shouldListAnOfficialsQuotesNewestFirstWithTheirBriefings() {
		var firstPage = this.graphQl.document(QUOTES)
			.variable("id", GlobalId.encode("Official", OFFICIAL))
			.variable("first", 2)
			.execute();
		firstPage.path("official.quotes.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("C", "A")
			.path("official.quotes.edges[*].briefing.title")
			.entityList(String.class)
			.containsExactly("Title nav-later", "Title nav-earlier")
			.path("official.quotes.edges[0].node.speaker.name")
			.entity(String.class)
			.isEqualTo("Nav Official")
			.path("official.quotes.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("official.quotes.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);
		String endCursor = firstPage.path("official.quotes.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(QUOTES)
			.variable("id", GlobalId.encode("Official", OFFICIAL))
			.variable("first", 2)
			.variable("after", endCursor)
			.execute()
			.path("official.quotes.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("B")
			.path("official.quotes.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("official.quotes.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void shouldPageAnOfficialsQuotesBackward() {
		var lastPage = this.graphQl.document(QUOTES)
			.variable("id", GlobalId.encode("Official", OFFICIAL))
			.variable("last", 2)
			.execute();
		lastPage.path("official.quotes.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("A", "B")
			.path("official.quotes.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		String startCursor = lastPage.path("official.quotes.pageInfo.startCursor").entity(String.class).get();
		this.graphQl.document(QUOTES)
			.variable("id", GlobalId.encode("Official", OFFICIAL))
			.variable("last", 2)
			.variable("before", startCursor)
			.execute()
			.path("official.quotes.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("C")
			.path("official.quotes.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("official.quotes.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void shouldLeaveRetractedBriefingsOutOfAnOfficialsBriefings() {
		this.graphQl.document("""
				query($id: ID!) { official(id: $id) { briefings(first: 10) { edges { node { id } } totalCount } } }""")
			.variable("id", GlobalId.encode("Official", OFFICIAL))
			.execute()
			.path("official.briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Briefing", "nav-later"), GlobalId.encode("Briefing", "nav-earlier"))
			.path("official.briefings.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void shouldListTheOperationsAnOfficialIsMentionedWithMostFrequentFirst() {
		this.graphQl.document("query($id: ID!) { official(id: $id) { operations { name } } }")
			.variable("id", GlobalId.encode("Official", OFFICIAL))
			.execute()
			.path("official.operations[*].name")
			.entityList(String.class)
			.containsExactly("Nav Operation A", "Nav Operation B");
	}

	@Test
	void shouldListTheOfficialsQuotedAboutAnOperationMostQuotedFirst() {
		this.graphQl.document("query($id: ID!) { operation(id: $id) { officials { name } } }")
			.variable("id", GlobalId.encode("Operation", OPERATION))
			.execute()
			.path("operation.officials[*].name")
			.entityList(String.class)
			.containsExactly("Nav Official", "Nav Speaker");
	}

	@Test
	void shouldListAnOrganizationsOfficialsAndOperations() {
		this.graphQl.document("query($id: ID!) { organization(id: $id) { officials { name } operations { name } } }")
			.variable("id", GlobalId.encode("Organization", ORGANIZATION))
			.execute()
			.path("organization.officials[*].name")
			.entityList(String.class)
			.containsExactly("Nav Official")
			.path("organization.operations[*].name")
			.entityList(String.class)
			.containsExactly("Nav Operation A", "Nav Operation B");
	}

	@Test
	void shouldResolveTheRelationsOfManyEntitiesWithAFewCommands() {
		String document = """
				{
				  officials(first: 100) {
				    edges { node { operations { id } quotes(first: 5) { edges { node { text } briefing { id } } totalCount }
				      briefings(first: 5) { totalCount } } }
				  }
				  organizations(first: 100) { edges { node { officials { id } operations { id } } } }
				  operations(first: 100) { edges { node { officials { id } } } }
				}""";
		MongoCommandCounter.reset();
		this.graphQl.document(document)
			.execute()
			.path("officials.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(5);
		assertThat(MongoCommandCounter.commands()).hasSizeLessThanOrEqualTo(16);
	}

}
