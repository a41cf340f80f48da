package app.briefings.mongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A count that an {@link OrderedIndex}'s keys answer alone: the query pins the index's
 * first field to one or a few strings or object ids, in one condition, and its other
 * conditions compare the index's second field with plain operators. Each key in the
 * pinned ranges is then checked against those conditions through its second value, with
 * the library's own matcher, and counted; a document under several pinned values counts
 * once. The index must hold no array or document after its first field and no array
 * within an array in it, so that a key's values are what the matcher would see in the
 * document.
 *
 * @param pinned the values the first field is pinned to
 * @param secondField the index's second field, or null when it has one field
 * @param secondConditions the conditions on the second field, each a document of its own
 */
record KeyCount(List<Object> pinned, @Nullable String secondField, List<Document> secondConditions) {

	/** The operators whose answer on a field depends on that field's value alone. */
	private static final Set<String> VALUE_OPERATORS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin",
			"$exists");

	/**
	 * The count for these conditions on an index of these keys, or null if not covered.
	 */
	static @Nullable KeyCount of(List<IndexKey> keys, List<Document> conditions) {
		String first = keys.get(0).getKey();
		String second = (keys.size() > 1) ? keys.get(1).getKey() : null;
		List<Object> pinned = null;
		List<Document> secondConditions = new ArrayList<>();
		for (Document condition : conditions) {
			if (condition.size() != 1) {
				return null;
			}
			String field = condition.keySet().iterator().next();
			List<Object> values = OrderedIndex.pinnedBy(condition.get(field));
			if (field.equals(first) && pinned == null && values != null) {
				pinned = values;
			}
			else if (field.equals(second) && isValueCondition(field, condition.get(field))) {
				secondConditions.add(condition);
			}
			else {
				return null;
			}
		}
		return (pinned != null) ? new KeyCount(pinned, second, secondConditions) : null;
	}

	private static boolean isValueCondition(String field, @Nullable Object value) {
		if (field.contains(".") || field.startsWith("$")) {
			return false;
		}
		if (!(value instanceof Document operators)) {
			return KeyRange.isBound(value);
		}
		if (operators.isEmpty()) {
			return false;
		}
		for (String operator : operators.keySet()) {
			if (!VALUE_OPERATORS.contains(operator)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The number of documents in these ranges (one per pinned value) whose keys meet the
	 * second field's conditions.
	 */
	<P> long count(List<NavigableMap<IndexEntry, P>> ranges) {
		QueryMatcher matcher = new DefaultQueryMatcher();
		if (ranges.size() == 1) {
			long count = 0;
			for (IndexEntry key : ranges.get(0).keySet()) {
				if (meetsSecondConditions(key, matcher)) {
					count++;
				}
			}
			return count;
		}
		Set<P> positions = new HashSet<>();
		for (NavigableMap<IndexEntry, P> range : ranges) {
			for (Map.Entry<IndexEntry, P> entry : range.entrySet()) {
				if (meetsSecondConditions(entry.getKey(), matcher)) {
					positions.add(entry.getValue());
				}
			}
		}
		return positions.size();
	}

	private boolean meetsSecondConditions(IndexEntry key, QueryMatcher matcher) {
		if (this.secondConditions.isEmpty()) {
			return true;
		}
		Document values = new Document();
		Object value = key.value(1);
		if (!(value instanceof Missing)) {
			values.put(this.secondField, value);
		}
		for (Document condition : this.secondConditions) {
			if (!matcher.matches(values, condition)) {
				return false;
			}
		}
		return true;
	}

}
