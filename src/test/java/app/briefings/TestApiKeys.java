package app.briefings;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * API keys for integration tests: a tester that sends a key, and a new key of one partner
 * and role created through {@code createApiKey} with the bootstrap key; for instances a
 * test starts itself, a tester of the instance on a given port.
 */
public final class TestApiKeys {

	private TestApiKeys() {
	}

	/**
	 * A tester of the GraphQL endpoint of an instance the test started itself on
	 * {@code port}, sending no key.
	 */
	public static HttpGraphQlTester testerAt(int port) {
		return HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
	}

	/** The given tester, sending {@code secret} as its bearer key. */
	public static HttpGraphQlTester withKey(HttpGraphQlTester tester, String secret) {
		return tester.mutate().header("Authorization", "Bearer " + secret).build();
	}

	/**
	 * Creates a key for {@code partner} with one {@code role} with the bootstrap key of
	 * {@link IntegrationTest} and returns its secret.
	 */
	public static String create(HttpGraphQlTester tester, String partner, String role) {
		return create(tester, IntegrationTest.API_KEY, partner, role).secret();
	}

	/**
	 * Creates a key for {@code partner} with one {@code role}, sending
	 * {@code adminSecret} (the bootstrap key of a context of its own, say), and returns
	 * its ID and secret.
	 */
	public static CreatedKey create(HttpGraphQlTester tester, String adminSecret, String partner, String role) {
		GraphQlTester.Response response = withKey(tester, adminSecret).document("""
				mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id } secret } }""")
			.variable("input", Map.of("partner", partner, "roles", List.of(role)))
			.execute();
		return new CreatedKey(response.path("createApiKey.key.id").entity(String.class).get(),
				response.path("createApiKey.secret").entity(String.class).get());
	}

	/** A key created for a test: its global ID and its secret. */
	public record CreatedKey(String id, String secret) {

	}

}
