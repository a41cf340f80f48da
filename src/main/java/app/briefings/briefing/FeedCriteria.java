package app.briefings.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A decoded {@link BriefingFilter}: stored ids instead of global IDs. Lists combine with
 * OR inside, fields with AND; an empty list or a null value does not filter.
 *
 * @param query free text that the title or the body must contain, case-insensitive
 */
public record FeedCriteria(List<String> officialIds, List<String> organizationIds, List<String> operationIds,
		List<String> placeIds, List<String> sources, @Nullable String query, @Nullable String language,
		@Nullable Instant publishedAfter, @Nullable Instant publishedBefore) {

	public static final FeedCriteria NONE = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of(),
			null, null, null, null);

	public FeedCriteria {
		officialIds = List.copyOf(officialIds);
		organizationIds = List.copyOf(organizationIds);
		operationIds = List.copyOf(operationIds);
		placeIds = List.copyOf(placeIds);
		sources = List.copyOf(sources);
	}

	/** Whether a briefing passes this filter; the in-memory twin of the feed query. */
	public boolean matches(Briefing briefing) {
		return briefing.status() == BriefingStatus.PUBLISHED && matchesContent(briefing);
	}

	/**
	 * Whether a briefing's content passes this filter, whatever its status: what the
	 * change log filters on, so that a retraction reaches those who had the briefing.
	 */
	public boolean matchesContent(Briefing briefing) {
		return anyOf(this.officialIds, briefing.officialIds())
				&& anyOf(this.organizationIds, briefing.organizationIds())
				&& anyOf(this.operationIds, briefing.operationIds()) && anyOf(this.placeIds, briefing.placeIds())
				&& (this.sources.isEmpty() || this.sources.contains(briefing.source().name()))
				&& (this.language == null || this.language.equals(briefing.language()))
				&& isInRange(briefing.publishedAt()) && containsQuery(briefing);
	}

	private static boolean anyOf(List<String> wanted, List<String> present) {
		if (wanted.isEmpty()) {
			return true;
		}
		for (String id : present) {
			if (wanted.contains(id)) {
				return true;
			}
		}
		return false;
	}

	private boolean isInRange(Instant publishedAt) {
		boolean afterStart = this.publishedAfter == null || !publishedAt.isBefore(this.publishedAfter);
		boolean beforeEnd = this.publishedBefore == null || publishedAt.isBefore(this.publishedBefore);
		return afterStart && beforeEnd;
	}

	private boolean containsQuery(Briefing briefing) {
		if (this.query == null) {
			return true;
		}
		String needle = this.query.toLowerCase(Locale.ROOT);
		return briefing.title().toLowerCase(Locale.ROOT).contains(needle)
				|| briefing.body().toLowerCase(Locale.ROOT).contains(needle);
	}

}
