package app.briefings.graphql.paging;

import java.util.List;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionTests {

	private static final TotalCount NEVER_COUNTED = (environment) -> {
		throw new AssertionError("counted");
	};

	@Test
	void shouldCutTheExtraItemOfAForwardPageAndTellThatANextPageExists() {
		Connection<String> page = Connection.of(List.of("a", "b", "c"), PageRequest.of(2, "cursor"), (node) -> node,
				NEVER_COUNTED);
		assertThat(page.edges()).extracting(Edge::node).containsExactly("a", "b");
		assertThat(page.pageInfo()).isEqualTo(new PageInfo(true, true, "a", "b"));
	}

	@Test
	void shouldReturnABackwardPageInTheConnectionsOrder() {
		Connection<String> page = Connection.of(List.of("c", "b", "a"), PageRequest.of(null, null, 2, "d"),
				(node) -> node, NEVER_COUNTED);
		assertThat(page.edges()).extracting(Edge::node).containsExactly("b", "c");
		assertThat(page.pageInfo()).isEqualTo(new PageInfo(true, true, "b", "c"));
	}

	@Test
	void shouldTellThatNothingPrecedesTheFirstBackwardPage() {
		Connection<String> page = Connection.of(List.of("b", "a"), PageRequest.of(null, null, 2, null), (node) -> node,
				NEVER_COUNTED);
		assertThat(page.edges()).extracting(Edge::node).containsExactly("a", "b");
		assertThat(page.pageInfo()).isEqualTo(new PageInfo(false, false, "a", "b"));
	}

	@Test
	void shouldGiveNullCursorsForAnEmptyPage() {
		Connection<String> page = Connection.of(List.of(), PageRequest.of(5, null), (node) -> node, NEVER_COUNTED);
		assertThat(page.edges()).isEmpty();
		assertThat(page.pageInfo()).isEqualTo(new PageInfo(false, false, null, null));
	}

	@Test
	void shouldRefuseFirstTogetherWithLast() {
		assertThatThrownBy(() -> PageRequest.of(2, null, 2, null)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
	}

	@Test
	void shouldRefuseLastOutsideTheRange() {
		assertThatThrownBy(() -> PageRequest.of(null, null, 101, null)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> {
					assertThat(ex.code()).isEqualTo(ErrorCode.PAGE_SIZE_OUT_OF_RANGE);
					assertThat(ex.details()).containsEntry("field", "last");
				});
		assertThat(PageRequest.of(null, null, 100, "x").isBackward()).isTrue();
	}

}
