package app.briefings.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The search index in health and readiness: {@code REBUILDING} while a background rebuild
 * runs (the instance still takes traffic; {@code search} answers
 * {@code SEARCH_INDEX_REBUILDING}), {@code UP} otherwise.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealthIndicator implements HealthIndicator {

	static final Status REBUILDING = new Status("REBUILDING", "The search index is being rebuilt");

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		Health.Builder builder = this.index.rebuilding() ? Health.status(REBUILDING) : Health.up();
		return builder.withDetail("briefings", this.index.count()).build();
	}

}
