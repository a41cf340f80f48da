package app.briefings.ingestion.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.Source;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.ingestion.IngestDocumentPayload;
import app.briefings.ingestion.IngestError;
import app.briefings.ingestion.IngestOutcome;
import app.briefings.ingestion.IngestionResult;
import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.security.ApiKeyPrincipal;
import app.briefings.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The ingestion mutations mapped onto {@link IngestionController} with the ingestion
 * service mocked: the input arrives whole with the partner of the caller's key, the
 * payload renders the stored briefings, a batch answers one result per input in input
 * order with its error as data, and a key without the partner role is refused.
 */
@GraphQlTest(IngestionController.class)
@Import(GraphQlSliceConfiguration.class)
class IngestionGraphQlSliceTests {

	private static final String TEXT = "MOSCOW, April 3 -- Russian Foreign Minister Sergey Lavrov said that the CSTO "
			+ "would hold the Rubezh-2025 training in the autumn.";

	private static final String INGEST = """
			mutation($input: IngestDocumentInput!) {
			  ingestDocument(input: $input) { duplicate outcome briefings { id title publishedAt dateSource } }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	IngestionService ingestion;

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldIngestForThePartnerOfTheCallersKeyAndRenderTheStoredBriefings() {
		callWith(Role.PARTNER);
		IngestDocumentInput input = new IngestDocumentInput(TEXT, "Example wire", null, "2025-04-03", null,
				"wire-0001");
		given(this.ingestion.ingest(input, "wire"))
			.willReturn(new IngestDocumentPayload(List.of(briefing("doc-1-0")), false, IngestOutcome.CREATED, "doc-1"));

		GraphQlTester.Response response = this.graphQl.document(INGEST)
			.variable("input",
					Map.of("text", TEXT, "sourceName", "Example wire", "publishedAt", "2025-04-03", "externalId",
							"wire-0001"))
			.execute();

		response.path("ingestDocument.outcome").entity(String.class).isEqualTo("CREATED");
		response.path("ingestDocument.duplicate").entity(Boolean.class).isEqualTo(false);
		response.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Briefing", "doc-1-0"));
		response.path("ingestDocument.briefings[0].publishedAt").entity(String.class).isEqualTo("2025-04-03T00:00:00Z");
		response.path("ingestDocument.briefings[0].dateSource").entity(String.class).isEqualTo("ITEM");
	}

	@Test
	void shouldAnswerABatchInInputOrderWithEachRejectionAsData() {
		callWith(Role.PARTNER);
		given(this.ingestion.ingestAll(anyList(), eq("wire"))).willReturn(List.of(
				new IngestionResult(IngestOutcome.CREATED, "wire-1", List.of(briefing("doc-1-0")), "doc-1", null),
				new IngestionResult(IngestOutcome.REJECTED, "wire-2", List.of(), null,
						new IngestError("BAD_USER_INPUT", "text", "text must not be blank"))));

		GraphQlTester.Response response = this.graphQl.document("""
				mutation($inputs: [IngestDocumentInput!]!) {
				  ingestDocuments(inputs: $inputs) {
				    results { index externalId outcome briefings { id } error { code field } }
				  }
				}""")
			.variable("inputs",
					List.of(Map.of("text", TEXT, "externalId", "wire-1"), Map.of("text", " ", "externalId", "wire-2")))
			.execute();

		response.path("ingestDocuments.results[*].index").entityList(Integer.class).containsExactly(0, 1);
		response.path("ingestDocuments.results[*].externalId")
			.entityList(String.class)
			.containsExactly("wire-1", "wire-2");
		response.path("ingestDocuments.results[1].outcome").entity(String.class).isEqualTo("REJECTED");
		response.path("ingestDocuments.results[1].error.field").entity(String.class).isEqualTo("text");
		response.path("ingestDocuments.results[0].error").valueIsNull();
	}

	@Test
	void shouldRefuseAReadersKey() {
		callWith(Role.READER);

		this.graphQl.document(INGEST)
			.variable("input", Map.of("text", TEXT))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		then(this.ingestion).should(never()).ingest(any(), any());
	}

	private static void callWith(Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(new ApiKeyPrincipal("k-1", "wire", Set.of(role)), null,
					role.authority()));
	}

	/** A published briefing of document {@code doc-1} as ingestion stores it. */
	static Briefing briefing(String id) {
		return new Briefing(id, "doc-1", 0, "Lavrov on the Rubezh-2025 training", TEXT, null,
				Instant.parse("2025-04-03T00:00:00Z"), DateSource.ITEM, "en", new Source("Example wire", null, null),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				"test", BriefingStatus.PUBLISHED, Instant.parse("2025-04-03T09:00:00Z"), 1);
	}

}
