package app.briefings.security;

import java.util.List;

import app.briefings.graphql.error.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The checks on a new key's partner and roles. */
class ApiKeyInputValidatorTests {

	@ParameterizedTest
	@ValueSource(strings = { "a", "partner-1", "news.example_org" })
	void shouldAcceptPartnerNamesOfLettersDigitsDotsUnderscoresAndHyphens(String partner) {
		assertThatNoException()
			.isThrownBy(() -> ApiKeyInputValidator.validate(new CreateApiKeyInput(partner, List.of(Role.READER))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "with space", "slash/partner", "ünicode", "$where" })
	void shouldRefuseOtherPartnerNames(String partner) {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> ApiKeyInputValidator.validate(new CreateApiKeyInput(partner, List.of(Role.READER))))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "partner"));
	}

	@Test
	void shouldAcceptAPartnerNameOfAHundred() {
		assertThatNoException().isThrownBy(
				() -> ApiKeyInputValidator.validate(new CreateApiKeyInput("A".repeat(100), List.of(Role.READER))));
	}

	@Test
	void shouldRefuseAPartnerNameLongerThanAHundred() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(
				() -> ApiKeyInputValidator.validate(new CreateApiKeyInput("A".repeat(101), List.of(Role.READER))));
	}

	@Test
	void shouldRefuseAKeyWithoutRoles() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> ApiKeyInputValidator.validate(new CreateApiKeyInput("partner", List.of())))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "roles"));
	}

}
