package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
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
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit trail keeps of editors' calls: the IDs and arguments of refused calls
 * too.
 */
@IntegrationTest
class EditorialAuditIntegrationTests {

	private static final String AUDIT_LOGGER = "briefings.audit";

	private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	JsonMapper json;

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
	void shouldAuditTheTargetsAndArgumentsOfRefusedEditorialCalls() {
		HttpGraphQlTester reader = withKey(createKey("edaudit-reader", "READER"));
		String briefing = GlobalId.encode("Briefing", "edaudit-briefing-0");
		String speaker = GlobalId.encode("Official", "stanislav-zas");
		String candidate = GlobalId.encode("EntityCandidate", "OFFICIAL:edaudit name");
		String survivor = GlobalId.encode("Official", "edaudit-survivor");
		String merged = GlobalId.encode("Official", "edaudit-merged");
		reader.document("""
				mutation Correct($b: ID!, $s: ID!) {
				  correctQuoteSpeaker(briefingId: $b, quoteIndex: 2, speakerId: $s) { briefing { id } }
				}""")
			.variable("b", briefing)
			.variable("s", speaker)
			.execute()
			.errors()
			.satisfy(EditorialAuditIntegrationTests::refused);
		reader.document(
				"""
						mutation Accept($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { candidate { id } } }""")
			.variable("input", Map.of("id", candidate, "asAliasOf", speaker))
			.execute()
			.errors()
			.satisfy(EditorialAuditIntegrationTests::refused);
		reader.document(
				"""
						mutation Merge($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { rewrittenBriefings } }""")
			.variable("s", survivor)
			.variable("m", merged)
			.execute()
			.errors()
			.satisfy(EditorialAuditIntegrationTests::refused);

		JsonNode correct = auditLine("correctQuoteSpeaker");
		assertThat(correct.get("outcome").asString()).isEqualTo("FORBIDDEN");
		assertThat(texts(correct.get("targetIds"))).containsExactly(briefing, speaker);
		assertThat(correct.get("arguments").get("quoteIndex").asInt()).isEqualTo(2);
		assertThat(correct.get("arguments").get("briefingId").asString()).isEqualTo(briefing);
		JsonNode accept = auditLine("acceptCandidate");
		assertThat(texts(accept.get("targetIds"))).containsExactly(candidate, speaker);
		assertThat(accept.get("arguments").get("input.asAliasOf").asString()).isEqualTo(speaker);
		JsonNode merge = auditLine("mergeEntities");
		assertThat(texts(merge.get("targetIds"))).containsExactly(survivor, merged);
		assertThat(merge.get("arguments").get("mergedId").asString()).isEqualTo(merged);
	}

	private static void refused(List<ResponseError> errors) {
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN"));
	}

	private JsonNode auditLine(String operation) {
		List<JsonNode> lines = new ArrayList<>();
		for (ILoggingEvent event : this.audit.list) {
			JsonNode line = this.json.readTree(event.getFormattedMessage());
			if (line.get("operation").asString().equals(operation)) {
				lines.add(line);
			}
		}
		assertThat(lines).as(operation).hasSize(1);
		return lines.get(0);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asString()));
		return texts;
	}

	private String createKey(String partner, String role) {
		return TestApiKeys.create(this.anonymous, partner, role);
	}

	private HttpGraphQlTester withKey(String secret) {
		return TestApiKeys.withKey(this.anonymous, secret);
	}

	private static Logger auditLogger() {
		return (Logger) LoggerFactory.getLogger(AUDIT_LOGGER);
	}

}
