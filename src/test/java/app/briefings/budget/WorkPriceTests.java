package app.briefings.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkPriceTests {

	private static final GraphQLSchema SCHEMA = schema();

	private static final String INGEST = """
			mutation Ingest($input: IngestDocumentInput!) {
			  ingestDocument(input: $input) { briefings { id } }
			}""";

	private static final String INGEST_MANY = """
			mutation IngestMany($inputs: [IngestDocumentInput!]!) {
			  ingestDocuments(inputs: $inputs) { results { briefings { id } } }
			}""";

	@Test
	void shouldPriceIngestionByStartedTenThousandsOfCharacters() {
		assertThat(price(INGEST, Map.of("input", Map.of("text", "x".repeat(10_000))))).isEqualTo(1);
		assertThat(price(INGEST, Map.of("input", Map.of("text", "x".repeat(10_001))))).isEqualTo(2);
		assertThat(price(INGEST, Map.of("input", Map.of("text", "x".repeat(1_000_000))))).isEqualTo(100);
	}

	@Test
	void shouldPriceABatchByTheTextOfEachDocument() {
		Map<String, Object> variables = Map.of("inputs", List.of(Map.of("text", "x".repeat(25_000)),
				Map.of("text", "short"), Map.of("text", "x".repeat(10_000))));
		assertThat(price(INGEST_MANY, variables)).isEqualTo(3 + 1 + 1);
	}

	@Test
	void shouldPriceASearchByTheHitsItScansAndTwiceWithSnippets() {
		assertThat(price("{ search(query: \"qxw\", first: 100) { edges { cursor } } }", Map.of())).isEqualTo(10);
		assertThat(price("{ search(query: \"qxw\", first: 100) { edges { snippets { text } } } }", Map.of()))
			.isEqualTo(20);
		assertThat(price("{ search(query: \"qxw\", first: 5) { edges { cursor } } }", Map.of())).isEqualTo(1);
	}

	@Test
	void shouldAddNothingForOtherFields() {
		assertThat(price("{ __typename }", Map.of())).isZero();
	}

	@Test
	void shouldTellFromTheTextWhetherAnOperationMayBePriced() {
		assertThat(mayPrice("subscription S($a: String) { briefingChanged(after: $a) { cursor } }")).isFalse();
		assertThat(mayPrice(
				"{ feed(first: 20) { edges { cursor } } search: feed(first: 1) { pageInfo { hasNextPage } } }"))
			.isFalse();
		assertThat(mayPrice("{ found: search(query: \"x\") { edges { cursor } } }")).isTrue();
		assertThat(mayPrice(INGEST)).isTrue();
		assertThat(mayPrice(INGEST_MANY)).isTrue();
		assertThat(mayPrice("{ ...Root } fragment Root on Query { __typename }")).isTrue();
		assertThat(mayPrice("{ ... on Query { __typename } }")).isTrue();
	}

	private static boolean mayPrice(String operation) {
		return WorkPrice.mayPrice(Parser.parse(operation).getDefinitionsOfType(OperationDefinition.class).get(0));
	}

	private static long price(String operation, Map<String, Object> variables) {
		Document document = Parser.parse(operation);
		return WorkPrice.of(ExecutableNormalizedOperationFactory
			.createExecutableNormalizedOperationWithRawVariables(SCHEMA, document, null, RawVariables.of(variables)));
	}

	private static GraphQLSchema schema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(parser.parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
