package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Runs the extractor over every page under {@code extraction/pages/} and checks it
 * against the {@code .expected.json} beside it: items, titles, header fields, officials
 * and their roles, organizations, places, operations with kinds, new entities, direct and
 * indirect quotes.
 */
class ExtractionPagesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	static Stream<String> pages() throws IOException, URISyntaxException {
		Path directory = Path.of(ExtractionPagesTests.class.getResource("/extraction/pages").toURI());
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".txt"))
				.sorted()
				.map(name -> name.substring(0, name.length() - ".txt".length()))
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void shouldExtractWhatThePageExpects(String page) throws Exception {
		Path directory = Path.of(ExtractionPagesTests.class.getResource("/extraction/pages").toURI());
		JsonNode expected = JSON.readTree(Files.readString(directory.resolve(page + ".expected.json")));
		String text = Files.readString(directory.resolve(page + ".txt"));
		LocalDate publishedAt = LocalDate.parse(expected.get("publishedAt").asString());

		ExtractedDocument document = EXTRACTOR.extract(new ExtractionInput(text, null, publishedAt));

		assertThat(document.items()).hasSize(expected.get("items").size());
		for (int i = 0; i < document.items().size(); i++) {
			ExtractedItem item = document.items().get(i);
			JsonNode expectedItem = expected.get("items").get(i);
			ExtractionAssertions.assertSpansMatchBody(item);
			assertHeader(item, expectedItem);
			assertEntities(item, expectedItem);
			assertQuotes(item, expectedItem, "directQuotes", QuoteKind.DIRECT);
			assertQuotes(item, expectedItem, "indirectQuotes", QuoteKind.INDIRECT);
		}
	}

	private static void assertHeader(ExtractedItem item, JsonNode expected) {
		assertThat(item.title()).isEqualTo(expected.get("title").asString());
		if (expected.has("language")) {
			assertThat(item.language()).isEqualTo(expected.get("language").asString());
		}
		if (expected.has("printedDate")) {
			JsonNode date = expected.get("printedDate");
			assertThat(item.printedDate() == null ? null : item.printedDate().date())
				.isEqualTo(date.isNull() ? null : LocalDate.parse(date.asString()));
		}
		if (expected.has("printedTime")) {
			assertThat(item.printedDate().time()).isEqualTo(LocalTime.parse(expected.get("printedTime").asString()));
		}
		assertOptionalText(item.url(), expected, "url");
		assertOptionalText(item.author(), expected, "author");
		assertOptionalText(item.summary(), expected, "summary");
		if (expected.has("tags")) {
			assertThat(item.tags()).containsExactlyElementsOf(strings(expected.get("tags")));
		}
		if (expected.has("bodyStartsWith")) {
			assertThat(item.body()).startsWith(expected.get("bodyStartsWith").asString());
		}
		if (expected.has("bodyExcludes")) {
			assertThat(item.body()).doesNotContain(strings(expected.get("bodyExcludes")));
		}
	}

	private static void assertOptionalText(String actual, JsonNode expected, String field) {
		if (expected.has(field)) {
			assertThat(actual).as(field).isEqualTo(expected.get(field).asString());
		}
	}

	private static void assertEntities(ExtractedItem item, JsonNode expected) {
		List<String> newNames = new ArrayList<>();
		if (expected.has("newEntities")) {
			for (JsonNode entity : expected.get("newEntities")) {
				newNames.add(entity.get("name").asString());
				assertNewEntity(item, entity);
			}
		}
		List<ExtractedMention> officials = ofType(item, EntityType.OFFICIAL);
		assertThat(officials).extracting(mention -> mention.entity().name())
			.containsExactlyInAnyOrderElementsOf(strings(expected.get("officials")));
		for (ExtractedMention official : officials) {
			boolean expectedNew = newNames.contains(official.entity().name());
			assertThat(official.entity().isKnown()).as(official.entity().name() + " is known").isEqualTo(!expectedNew);
		}
		if (expected.has("roles")) {
			expected.get("roles")
				.properties()
				.forEach(role -> assertThat(officials)
					.filteredOn(mention -> mention.entity().name().equals(role.getKey()))
					.extracting(ExtractedMention::role)
					.containsExactly(role.getValue().asString()));
		}
		assertThat(ofType(item, EntityType.ORGANIZATION)).extracting(mention -> mention.entity().name())
			.containsAll(strings(expected.get("organizations")));
		if (expected.has("places")) {
			assertThat(ofType(item, EntityType.PLACE)).extracting(mention -> mention.entity().name())
				.containsAll(strings(expected.get("places")));
		}
		List<org.assertj.core.groups.Tuple> operations = new ArrayList<>();
		expected.get("operations")
			.forEach(operation -> operations
				.add(tuple(operation.get("name").asString(), operation.get("kind").asString())));
		assertThat(ofType(item, EntityType.OPERATION))
			.extracting(mention -> mention.entity().name(), mention -> mention.entity().kind())
			.containsExactlyInAnyOrderElementsOf(operations);
	}

	private static void assertNewEntity(ExtractedItem item, JsonNode expected) {
		EntityType type = EntityType.valueOf(expected.get("type").asString());
		assertThat(ofType(item, type))
			.filteredOn(mention -> mention.entity().name().equals(expected.get("name").asString()))
			.singleElement()
			.satisfies(mention -> {
				assertThat(mention.entity().knownId()).isNull();
				assertThat(mention.entity().aliases())
					.containsExactlyInAnyOrderElementsOf(strings(expected.get("aliases")));
			});
	}

	private static void assertQuotes(ExtractedItem item, JsonNode expected, String field, QuoteKind kind) {
		List<ExtractedQuote> quotes = item.quotes().stream().filter(quote -> quote.kind() == kind).toList();
		JsonNode expectedQuotes = expected.get(field);
		assertThat(quotes).as(field).hasSize(expectedQuotes.size());
		for (int i = 0; i < quotes.size(); i++) {
			ExtractedQuote quote = quotes.get(i);
			JsonNode expectedQuote = expectedQuotes.get(i);
			assertThat(quote.speaker()).as("speaker of " + quote.text()).isNotNull();
			assertThat(quote.speaker().name()).isEqualTo(expectedQuote.get("speaker").asString());
			assertThat(quote.text()).startsWith(expectedQuote.get("startsWith").asString());
		}
	}

	private static List<ExtractedMention> ofType(ExtractedItem item, EntityType type) {
		return item.mentions().stream().filter(mention -> mention.entity().type() == type).toList();
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asString()));
		return strings;
	}

}
