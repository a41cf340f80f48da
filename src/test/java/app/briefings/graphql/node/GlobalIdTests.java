package app.briefings.graphql.node;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobalIdTests {

	@Test
	void shouldRoundTripTypeAndId() {
		String encoded = GlobalId.encode("Official", "stanislav-zas");
		assertThat(encoded).doesNotContain("Official").doesNotContain("=");
		assertThat(GlobalId.decode(encoded)).isEqualTo(new GlobalId("Official", "stanislav-zas"));
	}

	@Test
	void shouldKeepIdsContainingTheSeparator() {
		assertThat(GlobalId.decode(GlobalId.encode("Briefing", "a:b-0"))).isEqualTo(new GlobalId("Briefing", "a:b-0"));
	}

	@Test
	void shouldRefuseAnIdOfAnotherType() {
		String organization = GlobalId.encode("Organization", "csto");
		assertThatThrownBy(() -> GlobalId.decode(organization, "Official")).isInstanceOf(InvalidGlobalIdException.class)
			.hasMessageContaining("Official");
	}

	@Test
	void shouldRefuseGarbage() {
		for (String garbage : new String[] { "", "!!", "bm9zZXBhcmF0b3I", "T2ZmaWNpYWw6", "OnplcQ", "x".repeat(600) }) {
			assertThatThrownBy(() -> GlobalId.decode(garbage)).as(garbage)
				.isInstanceOfSatisfying(ApiException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_ID));
		}
	}

}
