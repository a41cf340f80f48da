package app.briefings.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example operations in {@code graphql-test/} are shown in GraphiQL and used by the
 * tests, so each must validate against the schema, be one named operation, and carry
 * variables (a leading {@code # variables: {...}} line) that fit its variable
 * definitions.
 */
class ExampleOperationsTests {

	private static final Path EXAMPLES = Path.of("src/test/resources/graphql-test");

	private static final String VARIABLES_PREFIX = "# variables:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static GraphQLSchema schema;

	@BeforeAll
	static void buildSchema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Path file : files(Path.of("graphql-schema"), ".graphqls")) {
			registry.merge(new SchemaParser().parse(Files.readString(file)));
		}
		assertThat(registry.scalars()).containsKeys("DateTime", "Date");
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	static List<Path> examples() throws IOException {
		return files(EXAMPLES, ".graphql");
	}

	@Test
	void shouldHaveAtLeastFiveExamples() throws IOException {
		assertThat(examples()).hasSizeGreaterThanOrEqualTo(5);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void shouldValidateAgainstTheSchema(Path example) throws IOException {
		Document document = Parser.parse(Files.readString(example));
		List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
		assertThat(errors).as(example.toString()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void shouldBeOneNamedOperationWithFittingVariables(Path example) throws IOException {
		String text = Files.readString(example);
		List<OperationDefinition> operations = Parser.parse(text).getDefinitionsOfType(OperationDefinition.class);
		assertThat(operations).as(example.toString()).singleElement().satisfies((operation) -> {
			assertThat(operation.getName()).isNotBlank();
			assertThat(example.getFileName().toString()).isEqualToIgnoringCase(operation.getName() + ".graphql");
		});
		JsonNode variables = variables(text);
		assertThat(variables.isObject()).as(example + ": variables must be a JSON object").isTrue();
		List<VariableDefinition> definitions = operations.get(0).getVariableDefinitions();
		List<String> declared = definitions.stream().map(VariableDefinition::getName).toList();
		assertThat(variables.propertyNames()).as(example + ": unknown variables").isSubsetOf(declared);
		assertThat(variables.propertyNames()).as(example + ": missing required variables")
			.containsAll(requiredVariables(definitions));
	}

	static JsonNode variables(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		if (!firstLine.startsWith(VARIABLES_PREFIX)) {
			return JSON.createObjectNode();
		}
		return JSON.readTree(firstLine.substring(VARIABLES_PREFIX.length()));
	}

	private static List<String> requiredVariables(List<VariableDefinition> definitions) {
		List<String> required = new ArrayList<>();
		for (VariableDefinition definition : definitions) {
			if (definition.getType() instanceof NonNullType && definition.getDefaultValue() == null) {
				required.add(definition.getName());
			}
		}
		return required;
	}

	private static List<Path> files(Path folder, String extension) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(extension)).sorted().toList();
		}
	}

}
