package app.briefings.live;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFilter;
import app.briefings.briefing.FeedCriteria;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** The {@code briefingPublished} subscription. */
@Controller
class LiveBriefingController {

	private final BriefingBroadcaster broadcaster;

	LiveBriefingController(BriefingBroadcaster broadcaster) {
		this.broadcaster = broadcaster;
	}

	@SubscriptionMapping
	Flux<Briefing> briefingPublished(@Argument @Nullable BriefingFilter filter) {
		FeedCriteria criteria = (filter != null) ? filter.toCriteria() : FeedCriteria.NONE;
		return this.broadcaster.published(criteria);
	}

}
