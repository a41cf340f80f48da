package app.briefings.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored API keys over HTTP: creation, rotation, revocation, the roles they carry, a
 * partner's own ingestion records and the audit log of every mutation.
 */
@IntegrationTest
class ApiKeysIntegrationTests {

	private static final String CREATE = """
			mutation Create($input: CreateApiKeyInput!) {
			  createApiKey(input: $input) { key { id partner roles createdAt revokedAt } secret }
			}""";

	private static final String INGEST = """
			mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { briefings { id } } }""";

	private static final String RECORDS = """
			{ ingestionRecords(first: 100) { totalCount edges { node { id externalId status text briefings { id } } } } }""";

	private static final String WIRE_ITEM = """
			Kyrgyz Defense Minister Baktybek Bekbolotov said that the CSTO training "Border-%s" would be held near Issyk-Kul in the autumn.
			""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

	@BeforeEach
	void captureAuditLog() {
		this.audit.start();
		auditLogger().addAppender(this.audit);
	}

	@AfterEach
	void releaseAuditLog() {
		auditLogger().detachAppender(this.audit);
	}

	@Test
	void shouldShowAPartnerOnlyItsOwnIngestionRecords() {
		String alpha = createKey("alpha-news", "PARTNER").secret();
		String beta = createKey("beta-news", "PARTNER").secret();
		String briefingId = withKey(alpha).document(INGEST)
			.variable("input", Map.of("text", WIRE_ITEM.formatted("alpha"), "externalId", "alpha-1"))
			.execute()
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
		GraphQlTester.Response own = withKey(alpha).document(RECORDS).execute();
		own.path("ingestionRecords.edges[*].node.externalId").entityList(String.class).containsExactly("alpha-1");
		own.path("ingestionRecords.edges[0].node.text").entity(String.class).isEqualTo(WIRE_ITEM.formatted("alpha"));
		own.path("ingestionRecords.edges[0].node.briefings[*].id").entityList(String.class).contains(briefingId);
		String recordId = own.path("ingestionRecords.edges[0].node.id").entity(String.class).get();
		withKey(beta).document(RECORDS)
			.execute()
			.path("ingestionRecords.edges[*].node.externalId")
			.entityList(String.class)
			.doesNotContain("alpha-1");
		String byNode = "{ node(id: \"" + recordId + "\") { id ... on IngestionRecord { text } } }";
		withKey(beta).document(byNode).execute().path("node").valueIsNull();
		this.anonymous.document(byNode).execute().path("node").valueIsNull();
		withKey(alpha).document(byNode)
			.execute()
			.path("node.text")
			.entity(String.class)
			.isEqualTo(WIRE_ITEM.formatted("alpha"));
		withKey(IntegrationTest.API_KEY).document(byNode)
			.execute()
			.path("node.text")
			.entity(String.class)
			.isEqualTo(WIRE_ITEM.formatted("alpha"));
	}

	@Test
	void shouldRefuseIngestionRecordsToReadersAndAnonymousCallers() {
		String reader = createKey("reader-co", "READER").secret();
		String records = "{ ingestionRecords { edges { cursor } } }";
		assertThat(singleError(withKey(reader), records).getExtensions()).containsEntry("code", "FORBIDDEN");
		assertThat(singleError(this.anonymous, records).getExtensions()).containsEntry("code", "UNAUTHENTICATED");
	}

	@Test
	void shouldRefuseTheOldSecretAfterRotationAndAcceptTheNewOne() {
		CreatedKey created = createKey("rotating-co", "PARTNER");
		GraphQlTester.Response rotated = admin().document("""
				mutation Rotate($id: ID!) { rotateApiKey(id: $id) { key { id } secret } }""")
			.variable("id", created.id())
			.execute();
		rotated.path("rotateApiKey.key.id").entity(String.class).isEqualTo(created.id());
		String newSecret = rotated.path("rotateApiKey.secret").entity(String.class).get();
		assertThat(newSecret).startsWith("bk_").isNotEqualTo(created.secret());
		expectInvalidKey(created.secret());
		withKey(newSecret).document(RECORDS)
			.execute()
			.path("ingestionRecords.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void shouldRefuseARevokedKeyAtOnce() {
		CreatedKey created = createKey("revoked-co", "READER");
		withKey(created.secret()).document("{ officials(first: 1) { totalCount } }")
			.execute()
			.path("officials.totalCount")
			.hasValue();
		admin().document("mutation Revoke($id: ID!) { revokeApiKey(id: $id) { key { revokedAt } } }")
			.variable("id", created.id())
			.execute()
			.path("revokeApiKey.key.revokedAt")
			.hasValue();
		expectInvalidKey(created.secret());
	}

	@Test
	void shouldForbidAReaderToIngest() {
		String reader = createKey("reader-ingest", "READER").secret();
		ResponseError error = singleError(
				withKey(reader).document(INGEST).variable("input", Map.of("text", WIRE_ITEM.formatted("reader"))));
		assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
	}

	@Test
	void shouldLetOnlyAdminsManageKeys() {
		String partner = createKey("not-admin", "PARTNER").secret();
		GraphQlTester.Request<?> create = withKey(partner).document(CREATE)
			.variable("input", Map.of("partner", "sneaky", "roles", List.of("ADMIN")));
		assertThat(singleError(create).getExtensions()).containsEntry("code", "FORBIDDEN");
		assertThat(singleError(withKey(partner), "{ apiKeys { edges { cursor } } }").getExtensions())
			.containsEntry("code", "FORBIDDEN");
		assertThat(singleError(this.anonymous.document(CREATE)
			.variable("input", Map.of("partner", "sneaky", "roles", List.of("ADMIN")))).getExtensions())
			.containsEntry("code", "UNAUTHENTICATED");
	}

	@Test
	void shouldListKeysToAdminsAndHideThemFromOthersThroughNode() {
		CreatedKey created = createKey("listed-co", "EDITOR");
		admin().document("{ apiKeys(first: 100) { totalCount edges { node { id partner roles } } } }")
			.execute()
			.path("apiKeys.edges[?(@.node.id == '" + created.id() + "')].node.partner")
			.entityList(String.class)
			.containsExactly("listed-co");
		String byNode = "{ node(id: \"" + created.id() + "\") { id ... on ApiKey { partner } } }";
		admin().document(byNode).execute().path("node.partner").entity(String.class).isEqualTo("listed-co");
		withKey(created.secret()).document(byNode).execute().path("node").valueIsNull();
	}

	@Test
	void shouldRefuseAnInvalidPartnerOrNoRoles() {
		GraphQlTester.Request<?> badPartner = admin().document(CREATE)
			.variable("input", Map.of("partner", "no spaces allowed", "roles", List.of("READER")));
		assertThat(singleError(badPartner).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("field", "partner");
		GraphQlTester.Request<?> noRoles = admin().document(CREATE)
			.variable("input", Map.of("partner", "fine", "roles", List.of()));
		assertThat(singleError(noRoles).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("field", "roles");
	}

	@Test
	void shouldNoteWhenAKeyWasLastUsed() {
		CreatedKey created = createKey("used-co", "READER");
		withKey(created.secret()).document("{ officials(first: 1) { totalCount } }")
			.execute()
			.path("officials")
			.hasValue();
		admin().document("{ node(id: \"" + created.id() + "\") { ... on ApiKey { lastUsedAt } } }")
			.execute()
			.path("node.lastUsedAt")
			.hasValue();
	}

	@Test
	void shouldAuditSuccessfulAndRefusedMutations() {
		CreatedKey created = createKey("audited-co", "READER");
		singleError(withKey(created.secret()).document(INGEST)
			.variable("input", Map.of("text", WIRE_ITEM.formatted("audited"))));
		JsonNode success = auditLine("createApiKey", "bootstrap");
		assertThat(success.get("outcome").asString()).isEqualTo("OK");
		assertThat(success.get("partner").asString()).isEqualTo("bootstrap");
		assertThat(success.get("targetIds").get(0).asString()).isEqualTo(created.id());
		assertThat(success.get("timestamp").asString()).isNotBlank();
		JsonNode refusal = auditLine("ingestDocument", keyIdOf(created));
		assertThat(refusal.get("outcome").asString()).isEqualTo("FORBIDDEN");
		assertThat(refusal.get("partner").asString()).isEqualTo("audited-co");
		assertThat(refusal.get("targetIds")).isEmpty();
	}

	@Test
	void shouldAuditAnAnonymousMutation() {
		singleError(this.anonymous.document("mutation { revokeApiKey(id: \"QXBpS2V5Om5vbmU\") { key { id } } }"));
		JsonNode line = auditLine("revokeApiKey", "anonymous");
		assertThat(line.get("outcome").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(line.get("targetIds").get(0).asString()).isEqualTo("QXBpS2V5Om5vbmU");
	}

	private JsonNode auditLine(String operation, String keyId) {
		List<JsonNode> lines = new ArrayList<>();
		for (ILoggingEvent event : this.audit.list) {
			JsonNode line = this.json.readTree(event.getFormattedMessage());
			if (line.get("operation").asString().equals(operation) && line.get("keyId").asString().equals(keyId)) {
				lines.add(line);
			}
		}
		assertThat(lines).hasSize(1);
		return lines.get(0);
	}

	private static String keyIdOf(CreatedKey key) {
		return GlobalId.decode(key.id(), "ApiKey");
	}

	private CreatedKey createKey(String partner, String role) {
		GraphQlTester.Response response = admin().document(CREATE)
			.variable("input", Map.of("partner", partner, "roles", List.of(role)))
			.execute();
		response.path("createApiKey.key.roles").entityList(String.class).containsExactly(role);
		return new CreatedKey(response.path("createApiKey.key.id").entity(String.class).get(),
				response.path("createApiKey.secret").entity(String.class).get());
	}

	private void expectInvalidKey(String secret) {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + secret)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("INVALID_API_KEY");
	}

	private HttpGraphQlTester admin() {
		return withKey(IntegrationTest.API_KEY);
	}

	private HttpGraphQlTester withKey(String secret) {
		return this.anonymous.mutate().header("Authorization", "Bearer " + secret).build();
	}

	private static ResponseError singleError(GraphQlTester tester, String document) {
		return singleError(tester.document(document));
	}

	private static ResponseError singleError(GraphQlTester.Request<?> request) {
		ResponseError[] found = new ResponseError[1];
		request.execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			found[0] = errors.get(0);
		});
		return found[0];
	}

	private static Logger auditLogger() {
		return (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
	}

	record CreatedKey(String id, String secret) {
	}

}
