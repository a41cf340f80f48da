package app.briefings.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.entity.EntityFields;
import app.briefings.entity.EntityRedirects;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns the {@code BriefingFilter} of the feed, search and the live subscription into
 * criteria, following merges: the ID of an entity merged into another filters by its
 * survivor too, so a client holding an old ID still finds the briefings that now name the
 * survivor.
 */
@Component
public class FeedFilters {

	private final EntityRedirects redirects;

	public FeedFilters(EntityRedirects redirects) {
		this.redirects = redirects;
	}

	public FeedCriteria criteriaOf(@Nullable BriefingFilter filter) {
		if (filter == null) {
			return FeedCriteria.NONE;
		}
		FeedCriteria decoded = filter.toCriteria();
		return new FeedCriteria(followed(EntityFields.OFFICIALS, decoded.officialIds()),
				followed(EntityFields.ORGANIZATIONS, decoded.organizationIds()),
				followed(EntityFields.OPERATIONS, decoded.operationIds()),
				followed(EntityFields.PLACES, decoded.placeIds()), decoded.sources(), decoded.query(),
				decoded.language(), decoded.publishedAfter(), decoded.publishedBefore());
	}

	private List<String> followed(String collection, List<String> ids) {
		if (ids.isEmpty()) {
			return ids;
		}
		Map<String, String> survivors = this.redirects.survivorsOf(collection, ids);
		if (survivors.isEmpty()) {
			return ids;
		}
		Set<String> all = new LinkedHashSet<>(ids);
		all.addAll(survivors.values());
		return new ArrayList<>(all);
	}

}
