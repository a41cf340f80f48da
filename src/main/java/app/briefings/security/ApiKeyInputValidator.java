package app.briefings.security;

import java.util.Map;
import java.util.regex.Pattern;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * Checks a {@link CreateApiKeyInput}: a partner name of 1 to {@value #MAX_PARTNER_LENGTH}
 * letters, digits, dots, underscores and hyphens, and at least one role.
 */
final class ApiKeyInputValidator {

	static final int MAX_PARTNER_LENGTH = 100;

	private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_PARTNER_LENGTH + "}");

	private ApiKeyInputValidator() {
	}

	static void validate(CreateApiKeyInput input) {
		if (input.partner() == null || !PARTNER.matcher(input.partner()).matches()) {
			throw invalid("partner",
					"partner must be 1 to " + MAX_PARTNER_LENGTH + " letters, digits, dots, underscores or hyphens");
		}
		if (input.roles() == null || input.roles().isEmpty()) {
			throw invalid("roles", "roles must name at least one role");
		}
	}

	private static ApiException invalid(String field, String message) {
		return new ApiException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
	}

}
