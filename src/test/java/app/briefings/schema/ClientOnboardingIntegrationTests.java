package app.briefings.schema;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client team needs to start: the SDL as a download, identical to the committed
 * schema files and describing the live schema, and a live schema that offers only what it
 * does ({@code @defer} is not offered, because answers are never delivered
 * incrementally).
 */
@IntegrationTest
class ClientOnboardingIntegrationTests {

	private static final Path SCHEMA_FILES = Path.of("graphql-schema");

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void shouldDownloadTheCommittedSchema() throws Exception {
		HttpResponse<String> response = download();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).isEqualTo(committedSchema());
	}

	@Test
	void shouldDownloadTheSchemaTheApplicationServes() throws Exception {
		GraphQLSchema downloaded = UnExecutableSchemaGenerator
			.makeUnExecutableSchema(new SchemaParser().parse(download().body()));

		assertThat(fieldsByType(downloaded)).isEqualTo(fieldsByType(this.graphQlSource.schema()));
	}

	@Test
	void shouldNotOfferDeferInIntrospection() throws Exception {
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port, null)
			.post("query Directives { __schema { directives { name } } }", Map.of());

		assertThat(answer.errors()).isEmpty();
		assertThat(answer.body().toString()).contains("name=skip", "name=include", "name=deprecated")
			.doesNotContain("name=defer");
	}

	@Test
	void shouldRefuseAnOperationThatUsesDefer() throws Exception {
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port, null)
			.post("query Deferred { briefings(first: 1) { edges { node { id ... @defer { title } } } } }", Map.of());

		assertThat(answer.data()).isNull();
		assertThat(answer.errorCodes()).containsExactly("GRAPHQL_VALIDATION_FAILED");
		assertThat(answer.errors().get(0).get("message").toString()).contains("@defer");
	}

	private HttpResponse<String> download() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql/schema"))
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String committedSchema() throws Exception {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(SCHEMA_FILES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
		}
		return String.join("\n", texts);
	}

	private static Map<String, TreeSet<String>> fieldsByType(GraphQLSchema schema) {
		Map<String, TreeSet<String>> fields = new TreeMap<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__")) {
				continue;
			}
			TreeSet<String> names = new TreeSet<>();
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().forEach((field) -> names.add(field.getName()));
			}
			fields.put(type.getName(), names);
		}
		return fields;
	}

}
