package app.briefings.ingestion;

import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.ingestion.document.DocumentIdentity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers see of retracted briefings: their partner and editors the whole briefing,
 * everybody else a tombstone; and briefing ids that nobody can compute from a partner
 * name and an external ID.
 */
@IntegrationTest
class RetractionReadersIntegrationTests {

	private static final String ITEM = "Kyrgyz Defense Minister Baktybek Bekbolotov said that the CSTO training "
			+ "\"Tombstone-%s\" would be held near Issyk-Kul in the autumn.";

	private static final String INGEST = """
			mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome briefings { id } } }""";

	private static final String RETRACT = """
			mutation($externalId: String!) { retractDocument(externalId: $externalId) { briefings { id status } } }""";

	private static final String BRIEFING = """
			query($id: ID!) {
			  briefing(id: $id) { id status version retractedAt title body summary tags source { name }
			    quotes { text } mentions { surface } officials { id } }
			  node(id: $id) { id ... on Briefing { status title body } }
			}""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldShowOthersOnlyATombstoneOfARetractedBriefing() {
		HttpGraphQlTester owner = withKey(createKey("tombstone-wire", "PARTNER"));
		String id = ingestAndRetract(owner, "tomb-1");
		for (HttpGraphQlTester other : List.of(this.anonymous, withKey(createKey("tombstone-other", "PARTNER")),
				withKey(createKey("tombstone-reader", "READER")))) {
			GraphQlTester.Response response = other.document(BRIEFING).variable("id", id).execute();
			response.path("briefing.id").entity(String.class).isEqualTo(id);
			response.path("briefing.status").entity(String.class).isEqualTo("RETRACTED");
			response.path("briefing.version").entity(Integer.class).isEqualTo(2);
			response.path("briefing.retractedAt").entity(String.class).satisfies((at) -> assertThat(at).isNotBlank());
			response.path("briefing.title").entity(String.class).isEqualTo("");
			response.path("briefing.body").entity(String.class).isEqualTo("");
			response.path("briefing.summary").valueIsNull();
			response.path("briefing.tags").entityList(String.class).hasSize(0);
			response.path("briefing.source.name").valueIsNull();
			response.path("briefing.quotes").entityList(Object.class).hasSize(0);
			response.path("briefing.mentions").entityList(Object.class).hasSize(0);
			response.path("briefing.officials").entityList(Object.class).hasSize(0);
			response.path("node.status").entity(String.class).isEqualTo("RETRACTED");
			response.path("node.body").entity(String.class).isEqualTo("");
		}
	}

	@Test
	void shouldShowARetractedBriefingWholeToItsPartnerAndEditors() {
		HttpGraphQlTester owner = withKey(createKey("tombstone-owner", "PARTNER"));
		String id = ingestAndRetract(owner, "tomb-2");
		for (HttpGraphQlTester reader : List.of(owner, withKey(createKey("tombstone-editor", "EDITOR")),
				withKey(IntegrationTest.API_KEY))) {
			GraphQlTester.Response response = reader.document(BRIEFING).variable("id", id).execute();
			response.path("briefing.status").entity(String.class).isEqualTo("RETRACTED");
			response.path("briefing.body")
				.entity(String.class)
				.satisfies((body) -> assertThat(body).contains("Tombstone-tomb-2"));
			response.path("node.body").entity(String.class).satisfies((body) -> assertThat(body).isNotEmpty());
		}
	}

	@Test
	void shouldGiveBriefingIdsNobodyCanComputeButKeepThemForRetries() {
		HttpGraphQlTester partner = withKey(createKey("opaque-wire", "PARTNER"));
		Map<String, Object> input = Map.of("text", ITEM.formatted("opaque"), "externalId", "opaque-1");
		String id = partner.document(INGEST)
			.variable("input", input)
			.execute()
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
		String derivable = new DocumentIdentity("opaque-wire", "opaque-1", "").derivableId();
		assertThat(GlobalId.decode(id, "Briefing")).doesNotStartWith(derivable);
		this.anonymous.document(BRIEFING)
			.variable("id", GlobalId.encode("Briefing", Briefing.idFor(derivable, 0)))
			.execute()
			.path("briefing")
			.valueIsNull();
		partner.document(INGEST)
			.variable("input", input)
			.execute()
			.path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE")
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void shouldKeepOldIdsResolvingWithoutConfirmingRetractedOnes() {
		HttpGraphQlTester owner = withKey(createKey("legacy-wire", "PARTNER"));
		Briefing stored = storedBriefing(ingestAndRetract(owner, "legacy-1"));
		String legacyDocumentId = new DocumentIdentity("legacy-wire", "legacy-old", "").derivableId();
		Briefing retracted = storeUnder(stored, legacyDocumentId, 0, BriefingStatus.RETRACTED);
		Briefing published = storeUnder(stored, legacyDocumentId, 1, BriefingStatus.PUBLISHED);
		String retractedId = GlobalId.encode("Briefing", retracted.id());
		this.anonymous.document(BRIEFING).variable("id", retractedId).execute().path("briefing").valueIsNull();
		this.anonymous.document(BRIEFING).variable("id", retractedId).execute().path("node").valueIsNull();
		withKey(IntegrationTest.API_KEY).document(BRIEFING)
			.variable("id", retractedId)
			.execute()
			.path("briefing.status")
			.entity(String.class)
			.isEqualTo("RETRACTED");
		this.anonymous.document(BRIEFING)
			.variable("id", GlobalId.encode("Briefing", published.id()))
			.execute()
			.path("briefing.body")
			.entity(String.class)
			.isEqualTo(stored.body());
	}

	private String ingestAndRetract(HttpGraphQlTester partner, String externalId) {
		String id = partner.document(INGEST)
			.variable("input", Map.of("text", ITEM.formatted(externalId), "externalId", externalId))
			.execute()
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
		partner.document(RETRACT)
			.variable("externalId", externalId)
			.execute()
			.path("retractDocument.briefings[0].status")
			.entity(String.class)
			.isEqualTo("RETRACTED");
		return id;
	}

	private Briefing storedBriefing(String globalId) {
		return this.mongo.findById(GlobalId.decode(globalId, "Briefing"), Briefing.class);
	}

	private Briefing storeUnder(Briefing briefing, String documentId, int itemIndex, BriefingStatus status) {
		Briefing copy = new Briefing(Briefing.idFor(documentId, itemIndex), documentId, itemIndex, briefing.title(),
				briefing.body(), briefing.summary(), briefing.publishedAt(), briefing.dateSource(), briefing.language(),
				briefing.source(), briefing.tags(), briefing.quotes(), briefing.mentions(), briefing.dates(),
				briefing.officialIds(), briefing.organizationIds(), briefing.operationIds(), briefing.placeIds(),
				briefing.eventIds(), briefing.extractorVersion(), status, briefing.ingestedAt(), briefing.version(),
				null);
		return this.mongo.save(copy);
	}

	private HttpGraphQlTester withKey(String secret) {
		return TestApiKeys.withKey(this.anonymous, secret);
	}

	private String createKey(String partner, String role) {
		return TestApiKeys.create(this.anonymous, partner, role);
	}

}
