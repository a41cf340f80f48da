package app.briefings.ingestion.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keys of whole words (alias keys: words joined by single spaces) in a trie, searched in
 * a keyed text only where a word begins and reported only where a word ends. It reports
 * the same whole-word matches, in the same order, as an Aho-Corasick automaton over all
 * keys whose matches are then kept only when they start and end at word boundaries: by
 * end, then by key. Walking from word starts alone needs no failure links and finds no
 * match inside a word, and the children of each node are a sorted run of characters in
 * flat arrays, so no character is boxed.
 *
 * @param <T> what a key carries
 */
final class WholeWordKeyTrie<T> {

	private static final char WORD_SEPARATOR = ' ';

	/**
	 * Where the children of node n begin in {@link #labels}; they end where n + 1's
	 * begin.
	 */
	private final int[] firstChild;

	private final char[] labels;

	private final int[] targets;

	private final Object[] payloads;

	private WholeWordKeyTrie(int[] firstChild, char[] labels, int[] targets, Object[] payloads) {
		this.firstChild = firstChild;
		this.labels = labels;
		this.targets = targets;
		this.payloads = payloads;
	}

	/** A trie of the non-empty keys, each carrying its payload. */
	static <T> WholeWordKeyTrie<T> of(Map<String, T> payloadsByKey) {
		Node root = new Node();
		for (Map.Entry<String, T> entry : payloadsByKey.entrySet()) {
			String key = entry.getKey();
			if (key.isEmpty()) {
				continue;
			}
			Node node = root;
			for (int i = 0; i < key.length(); i++) {
				node = node.children.computeIfAbsent(key.charAt(i), (c) -> new Node());
			}
			node.payload = entry.getValue();
		}
		return flattened(root);
	}

	private static <T> WholeWordKeyTrie<T> flattened(Node root) {
		List<Node> nodes = new ArrayList<>();
		Deque<Node> queue = new ArrayDeque<>();
		root.index = 0;
		nodes.add(root);
		queue.add(root);
		while (!queue.isEmpty()) {
			for (Node child : queue.poll().children.values()) {
				child.index = nodes.size();
				nodes.add(child);
				queue.add(child);
			}
		}
		int[] firstChild = new int[nodes.size() + 1];
		char[] labels = new char[nodes.size() - 1];
		int[] targets = new int[nodes.size() - 1];
		Object[] payloads = new Object[nodes.size()];
		int edge = 0;
		for (int n = 0; n < nodes.size(); n++) {
			Node node = nodes.get(n);
			firstChild[n] = edge;
			payloads[n] = node.payload;
			for (Map.Entry<Character, Node> child : node.children.entrySet()) {
				labels[edge] = child.getKey();
				targets[edge] = child.getValue().index;
				edge++;
			}
		}
		firstChild[nodes.size()] = edge;
		return new WholeWordKeyTrie<>(firstChild, labels, targets, payloads);
	}

	/**
	 * The keys that occur in a keyed text as whole words, ordered by where they end and,
	 * among those ending at the same place, by key.
	 */
	List<Match<T>> wholeWordMatches(String keyed) {
		List<Match<T>> matches = new ArrayList<>();
		int length = keyed.length();
		for (int start = 0; start < length; start++) {
			if (start > 0 && keyed.charAt(start - 1) != WORD_SEPARATOR) {
				continue;
			}
			Checkpoints.check(start);
			int node = 0;
			for (int i = start; i < length; i++) {
				node = child(node, keyed.charAt(i));
				if (node < 0) {
					break;
				}
				boolean endsWord = i + 1 == length || keyed.charAt(i + 1) == WORD_SEPARATOR;
				if (endsWord && this.payloads[node] != null) {
					matches.add(new Match<>(start, i + 1, payloadOf(node)));
				}
			}
		}
		matches.sort((a, b) -> a.end() != b.end() ? Integer.compare(a.end(), b.end())
				: compareKeysEndingTogether(keyed, a.start(), b.start(), a.end()));
		return matches;
	}

	/** Compares two stretches of a text that end at the same offset as strings. */
	private static int compareKeysEndingTogether(String text, int start, int otherStart, int end) {
		int length = end - start;
		int otherLength = end - otherStart;
		for (int i = 0; i < Math.min(length, otherLength); i++) {
			char c = text.charAt(start + i);
			char other = text.charAt(otherStart + i);
			if (c != other) {
				return c - other;
			}
		}
		return length - otherLength;
	}

	private int child(int node, char c) {
		int low = this.firstChild[node];
		int high = this.firstChild[node + 1] - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			char label = this.labels[middle];
			if (label < c) {
				low = middle + 1;
			}
			else if (label > c) {
				high = middle - 1;
			}
			else {
				return this.targets[middle];
			}
		}
		return -1;
	}

	@SuppressWarnings("unchecked")
	private T payloadOf(int node) {
		return (T) this.payloads[node];
	}

	/** A key found from {@code start} to {@code end} (exclusive) of the keyed text. */
	record Match<T>(int start, int end, T payload) {

	}

	private static final class Node {

		private final Map<Character, Node> children = new TreeMap<>();

		private Object payload;

		private int index;

	}

}
