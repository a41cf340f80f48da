package app.briefings.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionContextBuilder;
import graphql.execution.ExecutionId;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measuring a validated operation and computing its cost, as every request does before it
 * runs: a feed of 50 briefings with a fragment spread twice and a nested connection of
 * each official's briefings, on the API's schema.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QueryCostBenchmarks {

	private static final String OPERATION = """
			query Cost($first: Int!) {
			  briefings(first: $first) {
			    edges {
			      cursor
			      node {
			        ...BriefingParts
			        officials {
			          id
			          name
			          briefings(first: 10) { edges { node { ...BriefingParts } } }
			        }
			      }
			    }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			fragment BriefingParts on Briefing { id title publishedAt quotes { text kind speaker { id name } } }
			""";

	private static final int MAX_SELECTIONS = 2000;

	private ExecutionContext execution;

	@Setup
	public void setUp() throws IOException {
		GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(typeRegistry());
		Document document = Parser.parse(OPERATION);
		List<ValidationError> errors = ParseAndValidate.validate(schema, document);
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The benchmarked operation is invalid: " + errors);
		}
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.put(fragment.getName(), fragment);
		}
		this.execution = ExecutionContextBuilder.newExecutionContextBuilder()
			.executionId(ExecutionId.generate())
			.graphQLSchema(schema)
			.document(document)
			.operationDefinition(document.getDefinitionsOfType(OperationDefinition.class).get(0))
			.fragmentsByName(fragments)
			.coercedVariables(CoercedVariables.of(Map.of("first", 50)))
			.graphQLContext(GraphQLContext.newContext().build())
			.build();
	}

	private static TypeDefinitionRegistry typeRegistry() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(file.toFile()));
			}
		}
		return registry;
	}

	@Benchmark
	public long measureAndCost() {
		return QueryShapeAnalyzer.analyze(this.execution, MAX_SELECTIONS).cost();
	}

}
