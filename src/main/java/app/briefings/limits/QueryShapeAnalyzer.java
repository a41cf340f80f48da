package app.briefings.limits;

import java.util.Map;

import app.briefings.graphql.paging.PageRequest;
import graphql.execution.ExecutionContext;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Measures an operation's {@link QueryShape} in one walk of its validated document,
 * expanding every fragment spread where it stands (so a fragment spread three times
 * counts three times) and reading page sizes from literals or variables. A connection is
 * a field whose type is named {@code ...Connection}; its page size is {@code first} or
 * {@code last}, {@value PageRequest#DEFAULT_SIZE} when neither is given. The walk stops
 * after {@code maxSelections} selections, so fragments that expand exponentially cost no
 * more than that; the shape then reports at least {@code maxSelections} fields, which
 * exceeds the field limit.
 */
final class QueryShapeAnalyzer {

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private final int maxSelections;

	private int selections;

	private int depth;

	private int aliases;

	private int fields;

	private long nodes;

	private long requests;

	private boolean onlyIntrospectionRoots = true;

	private boolean introspects;

	private @Nullable String pageSizeOutOfRange;

	private int pageSize;

	private QueryShapeAnalyzer(ExecutionContext execution, int maxSelections) {
		this.schema = execution.getGraphQLSchema();
		this.fragments = execution.getFragmentsByName();
		this.variables = execution.getCoercedVariables().toMap();
		this.maxSelections = maxSelections;
	}

	static QueryShape analyze(ExecutionContext execution, int maxSelections) {
		QueryShapeAnalyzer analyzer = new QueryShapeAnalyzer(execution, maxSelections);
		GraphQLType root = execution.getGraphQLSchema().getObjectType(rootTypeName(execution));
		analyzer.visitSelections(execution.getOperationDefinition().getSelectionSet(), root, 0, 1);
		return analyzer.shape();
	}

	private static String rootTypeName(ExecutionContext execution) {
		return switch (execution.getOperationDefinition().getOperation()) {
			case MUTATION -> execution.getGraphQLSchema().getMutationType().getName();
			case SUBSCRIPTION -> execution.getGraphQLSchema().getSubscriptionType().getName();
			default -> execution.getGraphQLSchema().getQueryType().getName();
		};
	}

	private void visitSelections(@Nullable SelectionSet selectionSet, @Nullable GraphQLType parentType, int depth,
			long fetches) {
		if (selectionSet == null) {
			return;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (++this.selections > this.maxSelections) {
				return;
			}
			visitSelection(selection, parentType, depth, fetches);
		}
	}

	private void visitSelection(Selection<?> selection, @Nullable GraphQLType parentType, int depth, long fetches) {
		if (selection instanceof Field field) {
			visitField(field, parentType, depth + 1, fetches);
		}
		else if (selection instanceof InlineFragment inline) {
			visitSelections(inline.getSelectionSet(), typeOf(inline.getTypeCondition(), parentType), depth, fetches);
		}
		else if (selection instanceof FragmentSpread spread && this.fragments.get(spread.getName()) != null) {
			FragmentDefinition fragment = this.fragments.get(spread.getName());
			visitSelections(fragment.getSelectionSet(), typeOf(fragment.getTypeCondition(), parentType), depth,
					fetches);
		}
	}

	private void visitField(Field field, @Nullable GraphQLType parentType, int depth, long fetchesAbove) {
		this.fields++;
		if (field.getAlias() != null) {
			this.aliases++;
		}
		this.depth = Math.max(this.depth, depth);
		if (depth == 1) {
			visitRootField(field.getName());
		}
		GraphQLFieldDefinition definition = definitionOf(field.getName(), parentType);
		if (definition == null) {
			return;
		}
		long fetches = fetchesAbove;
		if (isConnection(definition)) {
			long size = pageSizeOf(field);
			this.requests += fetchesAbove;
			this.nodes += fetchesAbove * size;
			fetches = fetchesAbove * size;
		}
		visitSelections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), depth, fetches);
	}

	private void visitRootField(String name) {
		if (name.equals(Introspection.SchemaMetaFieldDef.getName())
				|| name.equals(Introspection.TypeMetaFieldDef.getName())) {
			this.introspects = true;
		}
		else if (!name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
			this.onlyIntrospectionRoots = false;
		}
	}

	private @Nullable GraphQLFieldDefinition definitionOf(String name, @Nullable GraphQLType parentType) {
		if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
			return Introspection.SchemaMetaFieldDef;
		}
		if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
			return Introspection.TypeMetaFieldDef;
		}
		if (parentType instanceof GraphQLFieldsContainer container) {
			return container.getFieldDefinition(name);
		}
		return null;
	}

	private @Nullable GraphQLType typeOf(@Nullable TypeName typeCondition, @Nullable GraphQLType parentType) {
		return (typeCondition != null) ? this.schema.getType(typeCondition.getName()) : parentType;
	}

	private static boolean isConnection(GraphQLFieldDefinition definition) {
		return GraphQLTypeUtil.unwrapAll(definition.getType()).getName().endsWith("Connection");
	}

	private long pageSizeOf(Field connection) {
		Integer first = intArgument(connection, "first");
		Integer last = intArgument(connection, "last");
		checkPageSize("first", first);
		checkPageSize("last", last);
		Integer size = (first != null) ? first : last;
		if (size == null) {
			return PageRequest.DEFAULT_SIZE;
		}
		return Math.max(0, Math.min(size, PageRequest.MAX_SIZE));
	}

	private @Nullable Integer intArgument(Field field, String name) {
		Argument argument = field.getArguments()
			.stream()
			.filter((a) -> a.getName().equals(name))
			.findFirst()
			.orElse(null);
		if (argument == null) {
			return null;
		}
		Value<?> value = argument.getValue();
		if (value instanceof IntValue literal) {
			return literal.getValue().intValue();
		}
		if (value instanceof VariableReference variable
				&& this.variables.get(variable.getName()) instanceof Integer size) {
			return size;
		}
		return null;
	}

	private void checkPageSize(String argument, @Nullable Integer size) {
		if (this.pageSizeOutOfRange == null && size != null && (size < 1 || size > PageRequest.MAX_SIZE)) {
			this.pageSizeOutOfRange = argument;
			this.pageSize = size;
		}
	}

	private QueryShape shape() {
		boolean cutShort = this.selections > this.maxSelections;
		int fields = cutShort ? Math.max(this.fields, this.maxSelections) : this.fields;
		return new QueryShape(this.depth, this.aliases, fields, this.nodes, this.requests,
				this.onlyIntrospectionRoots && this.introspects, this.introspects, this.pageSizeOutOfRange,
				this.pageSize);
	}

}
