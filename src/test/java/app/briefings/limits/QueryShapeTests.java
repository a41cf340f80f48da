package app.briefings.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost of an operation, GitHub's way. */
class QueryShapeTests {

	@Test
	void shouldChargeAtLeastOnePoint() {
		assertThat(withRequests(0).cost()).isEqualTo(1);
		assertThat(withRequests(1).cost()).isEqualTo(1);
	}

	@Test
	void shouldChargeOnePointPerHundredRequestsRounded() {
		assertThat(withRequests(101).cost()).isEqualTo(1);
		assertThat(withRequests(150).cost()).isEqualTo(2);
		assertThat(withRequests(5101).cost()).isEqualTo(51);
	}

	private static QueryShape withRequests(long requests) {
		return new QueryShape(3, 0, 10, requests * 10, requests, false, false, null, 0);
	}

}
