package app.briefings.graphql.paging;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTests {

	@Test
	void shouldRoundTripKeys() {
		assertThat(Cursor.decode(Cursor.encode("1591315260000", "abc-3"), 2)).containsExactly("1591315260000", "abc-3");
	}

	@Test
	void shouldRefuseACursorWithTheWrongNumberOfKeys() {
		String cursor = Cursor.encode("only-one");
		assertThatThrownBy(() -> Cursor.decode(cursor, 2)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_CURSOR));
	}

	@Test
	void shouldRefuseNonBase64() {
		assertThatThrownBy(() -> Cursor.decode("%%%", 2)).isInstanceOf(ApiException.class);
	}

	@Test
	void shouldRefusePageSizesOutsideTheRange() {
		assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PAGE_SIZE_OUT_OF_RANGE));
		assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(ApiException.class);
		assertThat(PageRequest.of(null, null).size()).isEqualTo(PageRequest.DEFAULT_SIZE);
		assertThat(PageRequest.of(100, null).fetchSize()).isEqualTo(101);
	}

}
