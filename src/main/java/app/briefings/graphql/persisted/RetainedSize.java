package app.briefings.graphql.persisted;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * An estimate of the heap a parsed document holds: its source text, which the syntax tree
 * keeps in names, strings and comments, counted at two bytes a character, plus a fixed
 * cost for each node of the tree. It errs high, so a bound set in bytes holds.
 */
final class RetainedSize {

	static final long BYTES_PER_NODE = 256;

	static final long BYTES_PER_CHARACTER = 2;

	static final long BYTES_PER_ENTRY = 512;

	private RetainedSize() {
	}

	static long of(String source, Document document) {
		return BYTES_PER_ENTRY + BYTES_PER_CHARACTER * source.length() + BYTES_PER_NODE * nodesIn(document);
	}

	private static long nodesIn(Document document) {
		NodeCounter counter = new NodeCounter();
		new NodeTraverser().depthFirst(counter, document);
		return counter.count;
	}

	/** Counts every node it enters. */
	private static final class NodeCounter extends NodeVisitorStub {

		private long count;

		@Override
		protected TraversalControl visitNode(Node node, TraverserContext<Node> context) {
			this.count++;
			return TraversalControl.CONTINUE;
		}

	}

}
