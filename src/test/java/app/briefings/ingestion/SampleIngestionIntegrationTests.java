package app.briefings.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.graphql.node.GlobalId;
import app.briefings.ingestion.document.ContentHash;
import app.briefings.ingestion.document.DocumentIdentity;
import app.briefings.ingestion.document.DocumentIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample page, ingested at start-up, as one GraphQL query returns it: four briefings
 * with their officials, positions, operations and quotes.
 */
@IntegrationTest
class SampleIngestionIntegrationTests {

	private static final String SAMPLE_BRIEFINGS = """
			query Sample($ids: [ID!]!) {
			  nodes(ids: $ids) {
			    ... on Briefing {
			      title body summary publishedAt dateSource language tags
			      source { url author }
			      officials { name positions { title organization { name } } briefings(first: 5) { edges { node { title } } } }
			      organizations { name }
			      operations { name kind briefings(first: 1) { edges { node { title } } } }
			      quotes { text kind speaker { name } spokenOn speakerPosition { title organization { name } } }
			    }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DocumentIds documentIds;

	@Test
	void shouldServeTheSamplePageAsFourLinkedBriefings() throws IOException {
		this.graphQl.document(SAMPLE_BRIEFINGS)
			.variable("ids", sampleBriefingIds())
			.execute()
			.path("nodes[0].officials[*].name")
			.entityList(String.class)
			.containsExactly("Imangali Tasmagambetov")
			.path("nodes[1].officials[*].name")
			.entityList(String.class)
			.containsExactly("Imangali Tasmagambetov")
			.path("nodes[2].officials[*].name")
			.entityList(String.class)
			.contains("Ararat Mirzoyan", "Imangali Tasmagambetov")
			.hasSize(2)
			.path("nodes[2].officials[?(@.name == 'Ararat Mirzoyan')].briefings.edges[*].node.title")
			.entityList(String.class)
			.hasSize(1)
			.path("nodes[2].quotes[0].kind")
			.entity(String.class)
			.isEqualTo("INDIRECT")
			.path("nodes[2].quotes[0].speaker.name")
			.entity(String.class)
			.isEqualTo("Ararat Mirzoyan")
			.path("nodes[3].title")
			.entity(String.class)
			.isEqualTo("Terrorism can only be countered mutually")
			.path("nodes[3].publishedAt")
			.entity(String.class)
			.isEqualTo("2020-06-05T00:01:00Z")
			.path("nodes[3].dateSource")
			.entity(String.class)
			.isEqualTo("ITEM")
			.path("nodes[3].source.url")
			.entity(String.class)
			.isEqualTo("http://nvo.ng.ru/realty/2020-06-05/1_1095_terrorism.html")
			.path("nodes[3].source.author")
			.entity(String.class)
			.isEqualTo("Stanislav Zas")
			.path("nodes[3].tags")
			.entityList(String.class)
			.contains("станислав зась", "терроризм")
			.path("nodes[3].officials[*].name")
			.entityList(String.class)
			.contains("Stanislav Zas", "Sergey Lavrov")
			.path("nodes[3].officials[?(@.name == 'Stanislav Zas')].positions[0].organization.name")
			.entityList(String.class)
			.containsExactly("CSTO")
			.path("nodes[3].organizations[*].name")
			.entityList(String.class)
			.contains("CSTO", "UN", "OSCE", "SCO RATS", "ISIL", "CIS Anti-Terrorism Center")
			.path("nodes[3].operations[*].name")
			.entityList(String.class)
			.contains("Channel", "Illegal", "PROXY", "Mercenary", "Rubezh", "Interaction", "Indestructible Brotherhood",
					"Thunder", "Cobalt")
			.path("nodes[3].operations[?(@.name == 'Mercenary')].kind")
			.entityList(String.class)
			.containsExactly("SET_OF_MEASURES")
			.path("nodes[3].operations[?(@.name == 'Thunder')].kind")
			.entityList(String.class)
			.containsExactly("SPECIAL_TRAINING")
			.path("nodes[3].operations[?(@.name == 'Mercenary')].briefings.edges[0].node.title")
			.entityList(String.class)
			.containsExactly("Terrorism can only be countered mutually")
			.path("nodes[3].quotes[?(@.speaker.name == 'Sergey Lavrov')].kind")
			.entityList(String.class)
			.containsExactly("INDIRECT")
			.path("nodes[*].body")
			.entityList(String.class)
			.satisfies((bodies) -> bodies.forEach((body) -> assertThat(body).doesNotContain("Go back",
					"Back to the section", "Back to the all news")));
	}

	@Test
	void shouldAnswerTheSamplePageSentAgainByItsPartnerAsADuplicate() throws IOException {
		List<String> ids = sampleBriefingIds();
		this.graphQl.mutate()
			.header("Authorization", "Bearer " + samplePartnerKey())
			.build()
			.documentName("ingestDocument")
			.variable("input", Map.of("text", sampleText(), "externalId", SampleDataLoader.SAMPLE))
			.execute()
			.path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE")
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(ids);
	}

	private String samplePartnerKey() {
		return TestApiKeys.create(this.graphQl, SampleDataLoader.PARTNER, "PARTNER");
	}

	private List<String> sampleBriefingIds() throws IOException {
		String documentId = this.documentIds.idOf(
				new DocumentIdentity(SampleDataLoader.PARTNER, SampleDataLoader.SAMPLE, ContentHash.of(sampleText())));
		List<String> ids = new ArrayList<>();
		for (int item = 0; item < 4; item++) {
			ids.add(GlobalId.encode("Briefing", documentId + "-" + item));
		}
		return ids;
	}

	private static String sampleText() throws IOException {
		try (InputStream input = new ClassPathResource(SampleDataLoader.SAMPLE).getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
