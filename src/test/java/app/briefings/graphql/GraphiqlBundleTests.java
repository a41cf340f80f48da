package app.briefings.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed GraphiQL bundle is built from the current example operations: its first
 * line carries the fingerprint {@code src/main/graphiql/build.mjs} computes over them,
 * and every example's operation is in it as a tab. Fails when an example is added or
 * changed without rebuilding the bundle
 * ({@code cd src/main/graphiql && npm ci && npm run build}).
 */
class GraphiqlBundleTests {

	private static final Path BUNDLE = Path.of("src/main/resources/static/graphiql/graphiql.js");

	@Test
	void shouldBeBuiltFromTheCurrentExampleOperations() throws Exception {
		String firstLine = Files.readAllLines(BUNDLE, StandardCharsets.UTF_8).get(0);
		assertThat(firstLine).as("rebuild the GraphiQL bundle: cd src/main/graphiql && npm ci && npm run build")
			.isEqualTo("/* example operations sha256: " + fingerprintOfExamples() + " */");
	}

	@Test
	void shouldOpenATabForEveryExampleOperation() throws IOException {
		String bundle = Files.readString(BUNDLE, StandardCharsets.UTF_8);
		for (Path example : ExampleOperationsTests.examples()) {
			Document document = Parser.parse(Files.readString(example));
			OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
			String declaration = operation.getOperation().name().toLowerCase() + " " + operation.getName();
			assertThat(bundle.contains(declaration)).as("%s: '%s' in the bundle", example, declaration).isTrue();
		}
	}

	private static String fingerprintOfExamples() throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		for (Path example : ExampleOperationsTests.examples()) {
			String entry = example.getFileName() + "\n" + Files.readString(example, StandardCharsets.UTF_8) + "\n";
			sha256.update(entry.getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

}
