package app.briefings.briefing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A decoded {@link BriefingFilter}: stored ids instead of global IDs. */
record FeedCriteria(List<String> officialIds, List<String> organizationIds, List<String> operationIds,
		@Nullable String language, @Nullable Instant publishedAfter, @Nullable Instant publishedBefore) {

	static final FeedCriteria NONE = new FeedCriteria(List.of(), List.of(), List.of(), null, null, null);

}
