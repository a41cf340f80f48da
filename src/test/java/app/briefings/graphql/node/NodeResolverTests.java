package app.briefings.graphql.node;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node resolvers every feature builds: objects keyed by their own id, hidden ones
 * left out, and objects keyed by the id asked for when that differs.
 */
class NodeResolverTests {

	@Test
	void shouldKeyObjectsByTheirOwnIds() {
		NodeResolver resolver = NodeResolver.of("Thing", (ids) -> List.of("a1", "b2"),
				(thing) -> thing.substring(0, 1));

		assertThat(resolver.typeName()).isEqualTo("Thing");
		assertThat(resolver.findByIds(List.of("a", "b"))).containsOnly(Map.entry("a", "a1"), Map.entry("b", "b2"));
	}

	@Test
	void shouldLeaveOutObjectsHiddenFromTheCaller() {
		NodeResolver resolver = NodeResolver.of("Thing", (ids) -> List.of("a1", "b2"), (thing) -> thing.substring(0, 1),
				(thing) -> thing.startsWith("b"));

		assertThat(resolver.findByIds(List.of("a", "b"))).containsOnly(Map.entry("b", "b2"));
	}

	@Test
	void shouldKeyObjectsByTheIdsTheFinderAnswersFor() {
		NodeResolver resolver = NodeResolver.of("Thing", (ids) -> Map.of("old", "new1"));

		assertThat(resolver.findByIds(List.of("old"))).containsOnly(Map.entry("old", "new1"));
	}

}
