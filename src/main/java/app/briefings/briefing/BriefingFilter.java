package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.node.GlobalId;
import org.jspecify.annotations.Nullable;

/** The {@code BriefingFilter} input as clients send it, with global IDs. */
public record BriefingFilter(@Nullable List<String> officials, @Nullable List<String> organizations,
		@Nullable List<String> operations, @Nullable List<String> places, @Nullable List<String> sources,
		@Nullable String query, @Nullable String language, @Nullable Instant publishedAfter,
		@Nullable Instant publishedBefore) {

	/** The longest free-text {@code query} accepted. */
	public static final int MAX_QUERY_LENGTH = 100;

	/** The longest source name or language accepted: longer ones can match nothing. */
	public static final int MAX_VALUE_LENGTH = 500;

	/** The most source names accepted. */
	public static final int MAX_SOURCES = 100;

	/**
	 * Decodes the global IDs and checks the free text; raises coded errors for bad input.
	 */
	public FeedCriteria toCriteria() {
		return new FeedCriteria(storedIds(this.officials, "Official"), storedIds(this.organizations, "Organization"),
				storedIds(this.operations, "Operation"), storedIds(this.places, "Place"), checkedSources(this.sources),
				checkedQuery(this.query), checkedValue(this.language, "filter.language"), this.publishedAfter,
				this.publishedBefore);
	}

	private static @Nullable String checkedQuery(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT,
					"filter.query is longer than " + MAX_QUERY_LENGTH + " characters", Map.of("field", "filter.query"));
		}
		return query.strip();
	}

	private static List<String> checkedSources(@Nullable List<String> sources) {
		if (sources == null) {
			return List.of();
		}
		if (sources.size() > MAX_SOURCES) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT, "filter.sources lists more than " + MAX_SOURCES + " names",
					Map.of("field", "filter.sources"));
		}
		for (String source : sources) {
			checkedValue(source, "filter.sources");
		}
		return List.copyOf(sources);
	}

	private static @Nullable String checkedValue(@Nullable String value, String field) {
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT,
					field + " is longer than " + MAX_VALUE_LENGTH + " characters", Map.of("field", field));
		}
		return value;
	}

	private static List<String> storedIds(@Nullable List<String> globalIds, String type) {
		if (globalIds == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>(globalIds.size());
		for (String globalId : globalIds) {
			ids.add(GlobalId.decode(globalId, type));
		}
		return ids;
	}

}
