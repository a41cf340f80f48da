package app.briefings.live;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFilter;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.FeedFilters;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** The {@code briefingPublished} subscription. */
@Controller
class LiveBriefingController {

	private final BriefingBroadcaster broadcaster;

	private final FeedFilters filters;

	LiveBriefingController(BriefingBroadcaster broadcaster, FeedFilters filters) {
		this.broadcaster = broadcaster;
		this.filters = filters;
	}

	@SubscriptionMapping
	Flux<Briefing> briefingPublished(@Argument @Nullable BriefingFilter filter) {
		FeedCriteria criteria = this.filters.criteriaOf(filter);
		return this.broadcaster.published(criteria);
	}

}
