package app.briefings;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * API keys for integration tests: a tester that sends a key, and a new key of one partner
 * and role created through {@code createApiKey} with the bootstrap key.
 */
public final class TestApiKeys {

	private TestApiKeys() {
	}

	/** The given tester, sending {@code secret} as its bearer key. */
	public static HttpGraphQlTester withKey(HttpGraphQlTester tester, String secret) {
		return tester.mutate().header("Authorization", "Bearer " + secret).build();
	}

	/** Creates a key for {@code partner} with one {@code role} and returns its secret. */
	public static String create(HttpGraphQlTester tester, String partner, String role) {
		return withKey(tester, IntegrationTest.API_KEY).document("""
				mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }""")
			.variable("input", Map.of("partner", partner, "roles", List.of(role)))
			.execute()
			.path("createApiKey.secret")
			.entity(String.class)
			.get();
	}

}
