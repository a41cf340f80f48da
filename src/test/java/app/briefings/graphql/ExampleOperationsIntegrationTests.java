package app.briefings.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example operation of the README and of GraphiQL's tabs runs against the
 * application, with its example variables, and answers data without errors.
 */
@IntegrationTest
class ExampleOperationsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	static List<Path> examples() throws IOException {
		return ExampleOperationsTests.examples();
	}

	@ParameterizedTest
	@MethodSource("examples")
	@SuppressWarnings("unchecked")
	void shouldAnswerTheExampleWithoutErrors(Path example) throws IOException {
		String text = Files.readString(example);
		Map<String, Object> variables = JSON.convertValue(ExampleOperationsTests.variables(text), Map.class);
		this.graphQl.mutate()
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.build()
			.document(text)
			.variables(variables)
			.execute()
			.errors()
			.verify()
			.path("")
			.entity(Map.class)
			.satisfies((data) -> assertThat(data).as(example.toString()).isNotEmpty());
	}

}
