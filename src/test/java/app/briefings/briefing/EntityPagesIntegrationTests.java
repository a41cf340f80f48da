package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.MongoCommandCounter;
import app.briefings.graphql.node.GlobalId;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static app.briefings.briefing.NavigationFixtures.briefing;
import static app.briefings.briefing.NavigationFixtures.quote;
import static app.briefings.briefing.NavigationFixtures.retracted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of several officials read together: a rare official among a frequent one still
 * gets its page, in order, forward and backward, with counts and quotes; retracted
 * briefings take no part; officials of like frequency cost the same commands however many
 * are asked for.
 */
@IntegrationTest
class EntityPagesIntegrationTests {

	private static final Instant START = Instant.parse("2019-03-01T00:00:00Z");

	private static final String FREQUENT = "pages-frequent";

	private static final String RARE = "pages-rare";

	private static final String PEER_1 = "pages-peer-1";

	private static final String PEER_2 = "pages-peer-2";

	private static final String PAGES = """
			query P($ids: [ID!]!, $first: Int, $last: Int) { nodes(ids: $ids) { ... on Official {
			  briefings(first: $first, last: $last) { totalCount edges { node { id } } }
			  quotes(first: 2) { totalCount edges { node { text } } } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	static void seed(@Autowired BriefingRepository briefings, @Autowired MongoOperations mongo) {
		for (String id : List.of(FREQUENT, RARE, PEER_1, PEER_2)) {
			mongo.save(new Document("_id", id).append("name", "Pages " + id)
				.append("aliases", List.of())
				.append("positions", List.of())
				.append("reviewStatus", "REVIEWED"), "officials");
		}
		briefings.save(briefing("pages-rare-old", START, List.of(RARE), List.of(), List.of(quote("Rare old", RARE))));
		briefings.save(briefing("pages-rare-older", START.minusSeconds(60), List.of(RARE), List.of(),
				List.of(quote("Rare older", RARE))));
		briefings.save(retracted(briefing("pages-rare-retracted", START.plusSeconds(30), List.of(RARE))));
		for (int i = 1; i <= 40; i++) {
			List<String> officials = new ArrayList<>(List.of(FREQUENT));
			officials.add((i % 2 == 0) ? PEER_1 : PEER_2);
			briefings.save(briefing("pages-frequent-" + i, START.plusSeconds(60L * i), officials, List.of(),
					List.of(quote("Frequent " + i, FREQUENT), quote("Peer " + i, officials.get(1)))));
		}
		briefings.save(briefing("pages-both", START.plusSeconds(45), List.of(FREQUENT, RARE), List.of(),
				List.of(quote("Both", RARE), quote("Both again", FREQUENT))));
	}

	@Test
	void shouldGiveARareOfficialItsPageBesideAFrequentOne() {
		GraphQlTester.Response response = pages("first", 2);
		response.path("nodes[0].briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(briefingIds("pages-frequent-40", "pages-frequent-39"));
		response.path("nodes[0].briefings.totalCount").entity(Integer.class).isEqualTo(41);
		response.path("nodes[1].briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(briefingIds("pages-both", "pages-rare-old"));
		response.path("nodes[1].briefings.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("nodes[1].quotes.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("Both", "Rare old");
		response.path("nodes[1].quotes.totalCount").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void shouldReadTheLastPagesOldestLastBesideAFrequentOfficial() {
		GraphQlTester.Response response = pages("last", 2);
		response.path("nodes[0].briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(briefingIds("pages-frequent-1", "pages-both"));
		response.path("nodes[1].briefings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(briefingIds("pages-rare-old", "pages-rare-older"));
	}

	@Test
	void shouldReadThePagesOfOfficialsOfLikeFrequencyWithTheSameFewCommands() {
		List<Integer> counts = new ArrayList<>();
		for (List<String> officials : List.of(List.of(FREQUENT), List.of(FREQUENT, PEER_1),
				List.of(FREQUENT, PEER_1, PEER_2))) {
			MongoCommandCounter.reset();
			this.graphQl.document(PAGES)
				.variable("ids", officials.stream().map((id) -> GlobalId.encode("Official", id)).toList())
				.variable("first", 2)
				.execute()
				.errors()
				.verify();
			counts.add(MongoCommandCounter.commands().size());
		}
		assertThat(counts).containsOnly(counts.get(0));
	}

	private static String[] briefingIds(String... ids) {
		String[] global = new String[ids.length];
		for (int i = 0; i < ids.length; i++) {
			global[i] = GlobalId.encode("Briefing", ids[i]);
		}
		return global;
	}

	private GraphQlTester.Response pages(String direction, int size) {
		return this.graphQl.document(PAGES)
			.variable("ids", List.of(GlobalId.encode("Official", FREQUENT), GlobalId.encode("Official", RARE)))
			.variable(direction, size)
			.execute();
	}

}
