package app.briefings.ingestion;

import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input no document may carry, over HTTP: control characters, unpaired surrogates and
 * publication times outside the accepted window are refused with a code naming the field,
 * one document of a batch at a time.
 */
@IntegrationTest
class InputSanityIntegrationTests {

	private static final String ITEM = "Kyrgyz Defense Minister Baktybek Bekbolotov said that the CSTO training "
			+ "\"Frontier-%s\" would be held near Issyk-Kul in the autumn.";

	@Autowired
	HttpGraphQlTester anonymous;

	private HttpGraphQlTester partner() {
		return this.anonymous.mutate().header("Authorization", "Bearer " + IntegrationTest.API_KEY).build();
	}

	@Test
	void shouldRejectOnlyTheBatchDocumentWithANulCharacter() {
		List<Map<String, Object>> inputs = List.of(
				Map.of("text", ITEM.formatted("nul-before"), "externalId", "sanity-nul-before"),
				Map.of("text", "A \"quoted\u0000\" word. " + ITEM.formatted("nul"), "externalId", "sanity-nul"),
				Map.of("text", ITEM.formatted("nul-after"), "externalId", "sanity-nul-after"));
		var response = partner().documentName("ingestDocuments").variable("inputs", inputs).execute();
		response.errors().verify();
		response.path("ingestDocuments.results[*].outcome")
			.entityList(String.class)
			.containsExactly("CREATED", "REJECTED", "CREATED");
		response.path("ingestDocuments.results[1].error.code").entity(String.class).isEqualTo("BAD_USER_INPUT");
		response.path("ingestDocuments.results[1].error.field").entity(String.class).isEqualTo("text");
		response.path("ingestDocuments.results[1].error.message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("U+0000"));
		response.path("ingestDocuments.results[2].briefings").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void shouldRefuseAnUnpairedSurrogateInsteadOfChangingIt() {
		refused(Map.of("text", ITEM.formatted("surrogate") + " \ud83d", "externalId", "sanity-surrogate"), "text");
	}

	@Test
	void shouldRefusePublicationTimesOutsideTheWindow() {
		for (String publishedAt : List.of("9999-12-31", "+50000-01-01T00:00:00Z", "+999999999-12-31T00:00:00Z",
				"-999999999-01-01T00:00:00Z", "1899-12-31")) {
			refused(Map.of("text", ITEM.formatted("far-" + publishedAt), "publishedAt", publishedAt), "publishedAt");
		}
	}

	private void refused(Map<String, Object> input, String field) {
		partner().documentName("ingestDocument")
			.variable("input", input)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", field)));
	}

}
