package app.briefings.graphql.paging;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageRequest.Direction;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connection arguments of a field turned into one {@link PageRequest}: forward and
 * backward pages with their cursors, the default size, and the refusals with their codes.
 */
class PageRequestArgumentResolverTests {

	private final PageRequestArgumentResolver resolver = new PageRequestArgumentResolver();

	@Test
	void shouldSupportOnlyPageRequestParameters() {
		assertThat(this.resolver.supportsParameter(parameter(0))).isTrue();
		assertThat(this.resolver.supportsParameter(parameter(1))).isFalse();
	}

	@Test
	void shouldReadAForwardPageFromFirstAndAfter() {
		PageRequest page = resolve(Map.of("first", 5, "after", "cursor-a"));

		assertThat(page).isEqualTo(new PageRequest(5, Direction.FORWARD, "cursor-a", null));
	}

	@Test
	void shouldReadABackwardPageFromLastAndBefore() {
		PageRequest page = resolve(Map.of("last", 7, "before", "cursor-b"));

		assertThat(page).isEqualTo(new PageRequest(7, Direction.BACKWARD, null, "cursor-b"));
	}

	@Test
	void shouldAskForTheDefaultSizeWhenNeitherFirstNorLastIsGiven() {
		assertThat(resolve(Map.of()))
			.isEqualTo(new PageRequest(PageRequest.DEFAULT_SIZE, Direction.FORWARD, null, null));
	}

	@Test
	void shouldRefuseFirstAndLastTogetherAsBadUserInput() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> resolve(Map.of("first", 2, "last", 2)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "last"));
	}

	@Test
	void shouldRefuseANegativeSizeNamingTheArgument() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> resolve(Map.of("last", -1)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PAGE_SIZE_OUT_OF_RANGE))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "last"));
	}

	@Test
	void shouldRefuseASizeAboveTheMaximum() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> resolve(Map.of("first", PageRequest.MAX_SIZE + 1)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PAGE_SIZE_OUT_OF_RANGE))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "first"));
	}

	private PageRequest resolve(Map<String, Object> arguments) {
		DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.arguments(new HashMap<>(arguments))
			.build();
		return this.resolver.resolveArgument(parameter(0), environment);
	}

	private static MethodParameter parameter(int index) {
		Method method = ReflectionUtils.findMethod(SampleController.class, "page", PageRequest.class, Integer.class);
		return new MethodParameter(method, index);
	}

	static class SampleController {

		void page(PageRequest page, Integer other) {
		}

	}

}
