package app.briefings.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * The values of one field that a query leaves possible, as an interval in the order
 * mongo-java-server compares values in: every scalar value of that field in a document
 * the query matches lies inside it. It is read from the query's plain conditions on the
 * field ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}, {@code $eq}, {@code $in},
 * equality) and from {@code $or}s whose every branch bounds it, which is how keyset
 * cursors are written; anything else leaves the field unbounded, never narrower than the
 * query.
 *
 * @param low the smallest possible value, or null for no lower bound
 * @param lowInclusive whether {@code low} itself is possible
 * @param high the largest possible value, or null for no upper bound
 * @param highInclusive whether {@code high} itself is possible
 */
record KeyRange(@Nullable Object low, boolean lowInclusive, @Nullable Object high, boolean highInclusive) {

	static final KeyRange ALL = new KeyRange(null, false, null, false);

	private static final ValueComparator ORDER = ValueComparator.asc();

	/** The range of {@code field} that all of the conditions leave possible. */
	static KeyRange of(String field, List<Document> conditions) {
		KeyRange range = ALL;
		for (Document condition : conditions) {
			range = range.intersect(ofCondition(field, condition));
		}
		return range;
	}

	private static KeyRange ofCondition(String field, Document condition) {
		if (condition.get("$or") instanceof List<?> branches && !branches.isEmpty()) {
			return ofBranches(field, branches);
		}
		if (!condition.containsKey(field)) {
			return ALL;
		}
		Object value = condition.get(field);
		if (isBound(value)) {
			return point(value);
		}
		if (value instanceof Document operators && isOperatorDocument(operators)) {
			return ofOperators(operators);
		}
		return ALL;
	}

	private static KeyRange ofBranches(String field, List<?> branches) {
		KeyRange hull = null;
		for (Object branch : branches) {
			if (!(branch instanceof Document document)) {
				return ALL;
			}
			KeyRange range = of(field, QueryConditions.of(document));
			hull = (hull == null) ? range : hull.hull(range);
		}
		return hull;
	}

	private static KeyRange ofOperators(Document operators) {
		KeyRange range = ALL;
		for (String operator : operators.keySet()) {
			Object bound = operators.get(operator);
			range = range.intersect(ofOperator(operator, bound));
		}
		return range;
	}

	private static KeyRange ofOperator(String operator, Object bound) {
		if (operator.equals("$in") && bound instanceof List<?> values) {
			return ofValues(values);
		}
		if (!isBound(bound)) {
			return ALL;
		}
		return switch (operator) {
			case "$gt" -> new KeyRange(bound, false, null, false);
			case "$gte" -> new KeyRange(bound, true, null, false);
			case "$lt" -> new KeyRange(null, false, bound, false);
			case "$lte" -> new KeyRange(null, false, bound, true);
			case "$eq" -> point(bound);
			default -> ALL;
		};
	}

	private static KeyRange ofValues(List<?> values) {
		KeyRange hull = null;
		for (Object value : values) {
			if (!isBound(value)) {
				return ALL;
			}
			hull = (hull == null) ? point(value) : hull.hull(point(value));
		}
		return (hull != null) ? hull : ALL;
	}

	private static KeyRange point(Object value) {
		return new KeyRange(value, true, value, true);
	}

	private static boolean isOperatorDocument(Document document) {
		for (String key : document.keySet()) {
			if (!key.startsWith("$")) {
				return false;
			}
		}
		return !document.isEmpty();
	}

	/**
	 * Whether a value bounds a field by plain comparison: scalars whose matching and
	 * ordering mongo-java-server does alike, which rules out arrays, documents, regular
	 * expressions, null and NaN.
	 */
	static boolean isBound(@Nullable Object value) {
		if (value instanceof Double number) {
			return !number.isNaN();
		}
		return value instanceof String || value instanceof Instant || value instanceof Date || value instanceof ObjectId
				|| value instanceof Boolean || value instanceof Integer || value instanceof Long;
	}

	/** The values possible in both ranges. */
	KeyRange intersect(KeyRange other) {
		Object newLow = this.low;
		boolean newLowInclusive = this.lowInclusive;
		if (other.low != null && (newLow == null || isAbove(other.low, other.lowInclusive, newLow, newLowInclusive))) {
			newLow = other.low;
			newLowInclusive = other.lowInclusive;
		}
		Object newHigh = this.high;
		boolean newHighInclusive = this.highInclusive;
		if (other.high != null
				&& (newHigh == null || isBelow(other.high, other.highInclusive, newHigh, newHighInclusive))) {
			newHigh = other.high;
			newHighInclusive = other.highInclusive;
		}
		return new KeyRange(newLow, newLowInclusive, newHigh, newHighInclusive);
	}

	/** The smallest range holding both. */
	KeyRange hull(KeyRange other) {
		Object newLow = null;
		boolean newLowInclusive = false;
		if (this.low != null && other.low != null) {
			boolean otherLower = isBelowAsLow(other.low, other.lowInclusive, this.low, this.lowInclusive);
			newLow = otherLower ? other.low : this.low;
			newLowInclusive = otherLower ? other.lowInclusive : this.lowInclusive;
		}
		Object newHigh = null;
		boolean newHighInclusive = false;
		if (this.high != null && other.high != null) {
			boolean otherHigher = isAboveAsHigh(other.high, other.highInclusive, this.high, this.highInclusive);
			newHigh = otherHigher ? other.high : this.high;
			newHighInclusive = otherHigher ? other.highInclusive : this.highInclusive;
		}
		return new KeyRange(newLow, newLowInclusive, newHigh, newHighInclusive);
	}

	/** Whether lower bound {@code a} admits fewer values than lower bound {@code b}. */
	private static boolean isAbove(Object a, boolean aInclusive, Object b, boolean bInclusive) {
		int comparison = ORDER.compare(a, b);
		return comparison > 0 || (comparison == 0 && !aInclusive && bInclusive);
	}

	/** Whether upper bound {@code a} admits fewer values than upper bound {@code b}. */
	private static boolean isBelow(Object a, boolean aInclusive, Object b, boolean bInclusive) {
		int comparison = ORDER.compare(a, b);
		return comparison < 0 || (comparison == 0 && !aInclusive && bInclusive);
	}

	/** Whether lower bound {@code a} admits more values than lower bound {@code b}. */
	private static boolean isBelowAsLow(Object a, boolean aInclusive, Object b, boolean bInclusive) {
		int comparison = ORDER.compare(a, b);
		return comparison < 0 || (comparison == 0 && aInclusive && !bInclusive);
	}

	/** Whether upper bound {@code a} admits more values than upper bound {@code b}. */
	private static boolean isAboveAsHigh(Object a, boolean aInclusive, Object b, boolean bInclusive) {
		int comparison = ORDER.compare(a, b);
		return comparison > 0 || (comparison == 0 && aInclusive && !bInclusive);
	}

}
