package app.briefings.budget;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.graphql.paging.PageRequest;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * The points an operation's heavy root fields cost on top of its size: ingestion by the
 * text it hands to the extractor, one point per started {@value #TEXT_CHARS_PER_POINT}
 * characters of each document; search by the hits it scans, one point per started
 * {@value #HITS_PER_POINT} hits of the page asked for, twice that when snippets are
 * selected, as writing them reads each hit's title and body again.
 */
final class WorkPrice {

	static final int TEXT_CHARS_PER_POINT = 10_000;

	static final int HITS_PER_POINT = 10;

	private static final Set<String> PRICED_FIELDS = Set.of("ingestDocument", "ingestDocuments", "search");

	private WorkPrice() {
	}

	/**
	 * Whether the operation may select a priced root field, read from its text alone:
	 * false only when every root selection is a field that is not priced, so that
	 * {@link #of} and the normalized operation it reads are needed only when true.
	 */
	static boolean mayPrice(OperationDefinition operation) {
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (!(selection instanceof Field field) || PRICED_FIELDS.contains(field.getName())) {
				return true;
			}
		}
		return false;
	}

	static long of(ExecutableNormalizedOperation operation) {
		long points = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			points += of(field);
		}
		return points;
	}

	private static long of(ExecutableNormalizedField field) {
		return switch (field.getName()) {
			case "ingestDocument" -> textPoints(field.getResolvedArguments().get("input"));
			case "ingestDocuments" -> batchPoints(field.getResolvedArguments().get("inputs"));
			case "search" -> searchPoints(field);
			default -> 0;
		};
	}

	private static long batchPoints(Object inputs) {
		if (!(inputs instanceof List<?> list)) {
			return 0;
		}
		long points = 0;
		for (Object input : list) {
			points += textPoints(input);
		}
		return points;
	}

	private static long textPoints(Object input) {
		if (!(input instanceof Map<?, ?> fields) || !(fields.get("text") instanceof String text)) {
			return 0;
		}
		return startedUnits(text.length(), TEXT_CHARS_PER_POINT);
	}

	private static long searchPoints(ExecutableNormalizedField search) {
		int pageSize = (search.getResolvedArguments().get("first") instanceof Integer first) ? first
				: PageRequest.DEFAULT_SIZE;
		long scanned = startedUnits(pageSize, HITS_PER_POINT);
		return selectsSnippets(search) ? 2 * scanned : scanned;
	}

	private static boolean selectsSnippets(ExecutableNormalizedField search) {
		for (ExecutableNormalizedField edges : search.getChildren()) {
			for (ExecutableNormalizedField child : edges.getChildren()) {
				if (edges.getName().equals("edges") && child.getName().equals("snippets")) {
					return true;
				}
			}
		}
		return false;
	}

	private static long startedUnits(long amount, long unit) {
		return Math.max(0, (amount + unit - 1) / unit);
	}

}
