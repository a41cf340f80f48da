package app.briefings.limits;

import java.util.Map;

import app.briefings.graphql.PageRequest;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Measures an operation's {@link QueryShape} in one traversal of its validated document.
 * A connection is a field whose type is named {@code ...Connection}; its page size is
 * {@code first} or {@code last}, {@value PageRequest#DEFAULT_SIZE} when neither is given.
 */
final class QueryShapeAnalyzer extends QueryVisitorStub {

	private static final Map<String, Boolean> INTROSPECTION_ROOTS = Map.of("__schema", true, "__type", true,
			"__typename", false);

	private int depth;

	private int aliases;

	private int fields;

	private long nodes;

	private long requests;

	private boolean onlyIntrospectionRoots = true;

	private boolean introspects;

	private @Nullable String pageSizeOutOfRange;

	private int pageSize;

	static QueryShape analyze(ExecutionContext execution) {
		QueryShapeAnalyzer analyzer = new QueryShapeAnalyzer();
		QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.visitPreOrder(analyzer);
		return analyzer.shape();
	}

	@Override
	public void visitField(QueryVisitorFieldEnvironment field) {
		this.fields++;
		if (field.getField().getAlias() != null) {
			this.aliases++;
		}
		this.depth = Math.max(this.depth, depthOf(field));
		if (field.getParentEnvironment() == null) {
			visitRootField(field.getField().getName());
		}
		if (isConnection(field)) {
			visitConnection(field);
		}
	}

	private void visitRootField(String name) {
		Boolean introspection = INTROSPECTION_ROOTS.get(name);
		if (introspection == null) {
			this.onlyIntrospectionRoots = false;
			return;
		}
		this.introspects |= introspection;
	}

	private void visitConnection(QueryVisitorFieldEnvironment connection) {
		long fetches = 1;
		for (QueryVisitorFieldEnvironment above = connection.getParentEnvironment(); above != null; above = above
			.getParentEnvironment()) {
			if (isConnection(above)) {
				fetches *= pageSizeOf(above);
			}
		}
		this.requests += fetches;
		this.nodes += fetches * pageSizeOf(connection);
		checkPageSize(connection, "first");
		checkPageSize(connection, "last");
	}

	private void checkPageSize(QueryVisitorFieldEnvironment connection, String argument) {
		if (this.pageSizeOutOfRange == null && connection.getArguments().get(argument) instanceof Integer size
				&& (size < 1 || size > PageRequest.MAX_SIZE)) {
			this.pageSizeOutOfRange = argument;
			this.pageSize = size;
		}
	}

	private static int depthOf(QueryVisitorFieldEnvironment field) {
		int depth = 0;
		for (QueryVisitorFieldEnvironment level = field; level != null; level = level.getParentEnvironment()) {
			depth++;
		}
		return depth;
	}

	private static boolean isConnection(QueryVisitorFieldEnvironment field) {
		if (field.isTypeNameIntrospectionField()) {
			return false;
		}
		return GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType()).getName().endsWith("Connection");
	}

	private static long pageSizeOf(QueryVisitorFieldEnvironment connection) {
		Map<String, Object> arguments = connection.getArguments();
		Object size = (arguments.get("first") != null) ? arguments.get("first") : arguments.get("last");
		if (size instanceof Integer pages) {
			return Math.max(0, Math.min(pages, PageRequest.MAX_SIZE));
		}
		return PageRequest.DEFAULT_SIZE;
	}

	private QueryShape shape() {
		return new QueryShape(this.depth, this.aliases, this.fields, this.nodes, this.requests,
				this.onlyIntrospectionRoots && this.fields > 0, this.introspects, this.pageSizeOutOfRange,
				this.pageSize);
	}

}
