package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static app.briefings.briefing.NavigationFixtures.briefing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging a filtered feed forward and backward while briefings with equal and newer (or
 * older) timestamps arrive between the page fetches: the pages neither skip nor repeat.
 */
@IntegrationTest
class KeysetStabilityIntegrationTests {

	private static final Instant TIE = Instant.parse("2022-05-06T07:08:09Z");

	private static final String PAGE = """
			query Page($official: ID!, $first: Int, $after: String, $last: Int, $before: String) {
			  briefings(first: $first, after: $after, last: $last, before: $before, filter: { officials: [$official] }) {
			    edges { node { id } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	BriefingRepository briefings;

	@Test
	void shouldNeitherSkipNorRepeatPagingForwardWhileNewerAndTiedBriefingsArrive() {
		String official = "keyset-forward-official";
		List<String> original = seed("keyset-fwd-", official);
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean hasNextPage = true;
		int arrivals = 0;
		while (hasNextPage) {
			GraphQlTester.Response page = page(official, 2, after, null, null);
			seen.addAll(ids(page));
			hasNextPage = page.path("briefings.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("briefings.pageInfo.endCursor").entity(String.class).get();
			this.briefings.save(briefing("keyset-fwd-z" + arrivals, TIE, List.of(official)));
			this.briefings.save(briefing("keyset-fwd-n" + arrivals, TIE.plusSeconds(60), List.of(official)));
			arrivals++;
		}
		assertThat(seen).containsExactlyElementsOf(original);
		assertThat(arrivals).isEqualTo(4);
	}

	@Test
	void shouldNeitherSkipNorRepeatPagingBackwardWhileOlderAndTiedBriefingsArrive() {
		String official = "keyset-backward-official";
		List<String> original = seed("keyset-bwd-", official);
		List<String> seen = new ArrayList<>();
		String before = null;
		boolean hasPreviousPage = true;
		int arrivals = 0;
		while (hasPreviousPage) {
			GraphQlTester.Response page = page(official, null, null, 2, before);
			seen.addAll(0, ids(page));
			hasPreviousPage = page.path("briefings.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path("briefings.pageInfo.startCursor").entity(String.class).get();
			this.briefings.save(briefing("keyset-bwd-0" + arrivals, TIE, List.of(official)));
			this.briefings.save(briefing("keyset-bwd-o" + arrivals, TIE.minusSeconds(60), List.of(official)));
			arrivals++;
		}
		assertThat(seen).containsExactlyElementsOf(original);
		assertThat(arrivals).isEqualTo(4);
	}

	@Test
	void shouldReturnTheLastPageInFeedOrderWithTheRightNeighbours() {
		String official = "keyset-last-official";
		List<String> original = seed("keyset-last-", official);
		GraphQlTester.Response last = page(official, null, null, 3, null);
		assertThat(ids(last)).containsExactlyElementsOf(original.subList(4, 7));
		last.path("briefings.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("briefings.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
		String startCursor = last.path("briefings.pageInfo.startCursor").entity(String.class).get();
		GraphQlTester.Response previous = page(official, null, null, 3, startCursor);
		assertThat(ids(previous)).containsExactlyElementsOf(original.subList(1, 4));
		previous.path("briefings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String endCursor = previous.path("briefings.pageInfo.endCursor").entity(String.class).get();
		assertThat(ids(page(official, 10, endCursor, null, null))).containsExactlyElementsOf(original.subList(4, 7));
	}

	/**
	 * Seven briefings: five sharing one timestamp, one newer, one older; returns their
	 * ids in feed order.
	 */
	private List<String> seed(String prefix, String official) {
		this.briefings.save(briefing(prefix + "old", TIE.minusSeconds(30), List.of(official)));
		for (int i = 1; i <= 5; i++) {
			this.briefings.save(briefing(prefix + i, TIE, List.of(official)));
		}
		this.briefings.save(briefing(prefix + "new", TIE.plusSeconds(30), List.of(official)));
		return List.of(prefix + "new", prefix + "5", prefix + "4", prefix + "3", prefix + "2", prefix + "1",
				prefix + "old");
	}

	private GraphQlTester.Response page(String official, Integer first, String after, Integer last, String before) {
		return this.graphQl.document(PAGE)
			.variable("official", GlobalId.encode("Official", official))
			.variable("first", first)
			.variable("after", after)
			.variable("last", last)
			.variable("before", before)
			.execute();
	}

	private static List<String> ids(GraphQlTester.Response page) {
		List<String> ids = new ArrayList<>();
		for (String id : page.path("briefings.edges[*].node.id").entityList(String.class).get()) {
			ids.add(GlobalId.decode(id, "Briefing"));
		}
		return ids;
	}

}
