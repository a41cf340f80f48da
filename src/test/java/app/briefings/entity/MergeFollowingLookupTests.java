package app.briefings.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Entities found by their own id or, once merged, under the id they had before: one at a
 * time for typed queries and many at once for {@code nodes}.
 */
class MergeFollowingLookupTests {

	private static final Map<String, Named> STORED = Map.of("stanislav-zas", new Named("stanislav-zas"), "csto",
			new Named("csto"));

	private final EntityRedirects redirects = mock(EntityRedirects.class);

	private final MergeFollowingLookup lookup = new MergeFollowingLookup(this.redirects);

	@Test
	void shouldFindAStoredEntityWithoutReadingRedirects() {
		assertThat(this.lookup.findById("officials", "stanislav-zas", MergeFollowingLookupTests::findOne))
			.contains(new Named("stanislav-zas"));
		then(this.redirects).should(never()).survivorOf(anyString(), anyString());
	}

	@Test
	void shouldAnswerAMergedIdWithItsSurvivor() {
		given(this.redirects.survivorOf("officials", "zas")).willReturn(Optional.of("stanislav-zas"));

		assertThat(this.lookup.findById("officials", "zas", MergeFollowingLookupTests::findOne))
			.contains(new Named("stanislav-zas"));
	}

	@Test
	void shouldFindNothingForAnIdNeitherStoredNorMerged() {
		given(this.redirects.survivorOf("officials", "nobody")).willReturn(Optional.empty());

		assertThat(this.lookup.findById("officials", "nobody", MergeFollowingLookupTests::findOne)).isEmpty();
	}

	@Test
	void shouldKeyManyEntitiesByTheIdsAskedForWithMergedOnesAnsweredByTheirSurvivors() {
		given(this.redirects.survivorsOf("organizations", List.of("odkb", "unknown")))
			.willReturn(Map.of("odkb", "csto"));

		Map<String, Named> found = this.lookup.findByIds("organizations", List.of("stanislav-zas", "odkb", "unknown"),
				MergeFollowingLookupTests::findMany, Named::id);

		assertThat(found).containsOnly(Map.entry("stanislav-zas", new Named("stanislav-zas")),
				Map.entry("odkb", new Named("csto")));
	}

	@Test
	void shouldNotReadRedirectsWhenEveryIdIsStored() {
		Map<String, Named> found = this.lookup.findByIds("organizations", Set.of("csto", "stanislav-zas"),
				MergeFollowingLookupTests::findMany, Named::id);

		assertThat(found).containsOnlyKeys("csto", "stanislav-zas");
		then(this.redirects).should(never()).survivorsOf(anyString(), any());
	}

	private static Optional<Named> findOne(String id) {
		return Optional.ofNullable(STORED.get(id));
	}

	private static List<Named> findMany(Collection<String> ids) {
		return ids.stream().map(STORED::get).filter((named) -> named != null).toList();
	}

	record Named(String id) {
	}

}
