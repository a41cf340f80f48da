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
