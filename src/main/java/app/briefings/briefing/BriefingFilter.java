package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/** The {@code BriefingFilter} input as clients send it, with global IDs. */
record BriefingFilter(@Nullable List<String> officials, @Nullable List<String> organizations,
		@Nullable List<String> operations, @Nullable String language, @Nullable Instant publishedAfter,
		@Nullable Instant publishedBefore) {

	FeedCriteria toCriteria() {
		return new FeedCriteria(storedIds(this.officials, "Official"), storedIds(this.organizations, "Organization"),
				storedIds(this.operations, "Operation"), this.language, this.publishedAfter, this.publishedBefore);
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
