package app.briefings.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The {@code $match} an aggregation starts with, handed to the collection it reads so
 * that the collection gives the pipeline only the documents that filter matches (through
 * an ordered index where one serves it) instead of all of them. mongo-java-server 1.47
 * reads every pipeline from the whole collection, which makes a {@code countDocuments}
 * (an aggregation in the driver) a full scan. The documents come in the collection's
 * natural order and the {@code $match} stage still runs on them, so the pipeline's result
 * is unchanged. A filter with any operator beyond plain comparisons (an expression, a
 * text search, server-side code), whose meaning in a pipeline may depend on variables, is
 * not handed on.
 */
final class LeadingMatch {

	private static final ThreadLocal<@Nullable Hint> CURRENT = new ThreadLocal<>();

	private LeadingMatch() {
	}

	/** Runs a command, making its leading {@code $match} available while it runs. */
	static Document during(String command, Document query, Supplier<Document> run) {
		Hint hint = hintOf(command, query);
		if (hint == null) {
			return run.get();
		}
		CURRENT.set(hint);
		try {
			return run.get();
		}
		finally {
			CURRENT.remove();
		}
	}

	/**
	 * The filter of the running aggregation of {@code collectionName}, once: a later read
	 * of the same collection in the pipeline ({@code $lookup}) reads it whole.
	 */
	static @Nullable Document take(String collectionName) {
		Hint hint = CURRENT.get();
		if (hint == null || !hint.collection().equals(collectionName)) {
			return null;
		}
		CURRENT.remove();
		return hint.filter();
	}

	private static @Nullable Hint hintOf(String command, Document query) {
		if (!command.toLowerCase(Locale.ROOT).equals("aggregate")
				|| !(query.get(command) instanceof String collection)) {
			return null;
		}
		if (!(query.get("pipeline") instanceof List<?> pipeline) || pipeline.isEmpty()
				|| !(pipeline.get(0) instanceof Document first) || first.size() != 1
				|| !(first.get("$match") instanceof Document filter) || mentionsExpressions(filter)) {
			return null;
		}
		return new Hint(collection, filter);
	}

	/**
	 * The query operators that compare stored values only; a filter with any other
	 * operator (an expression, a text search, server-side code) is left to a full scan.
	 */
	private static final Set<String> PLAIN_OPERATORS = Set.of("$and", "$or", "$nor", "$not", "$eq", "$ne", "$gt",
			"$gte", "$lt", "$lte", "$in", "$nin", "$exists", "$type", "$all", "$size", "$elemMatch", "$regex",
			"$options");

	static boolean mentionsExpressions(@Nullable Object value) {
		if (value instanceof Document document) {
			for (String key : document.keySet()) {
				if ((key.startsWith("$") && !PLAIN_OPERATORS.contains(key)) || mentionsExpressions(document.get(key))) {
					return true;
				}
			}
		}
		if (value instanceof List<?> elements) {
			for (Object element : elements) {
				if (mentionsExpressions(element)) {
					return true;
				}
			}
		}
		return false;
	}

	private record Hint(String collection, Document filter) {
	}

}
