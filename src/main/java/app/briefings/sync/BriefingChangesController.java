package app.briefings.sync;

import app.briefings.briefing.BriefingFilter;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.paging.Edge;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.sse.SseEventIds;
import app.briefings.security.AccessRules;
import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** The {@code briefingChanges} query and the {@code briefingChanged} subscription. */
@Controller
class BriefingChangesController {

	private final BriefingChanges changes;

	private final ResumableChanges resumable;

	BriefingChangesController(BriefingChanges changes, ResumableChanges resumable) {
		this.changes = changes;
		this.resumable = resumable;
	}

	@QueryMapping
	BriefingChangeConnection briefingChanges(@Argument @Nullable String after, @Argument @Nullable Integer first,
			@Argument @Nullable BriefingFilter filter) {
		PageRequest page = PageRequest.of((first != null) ? first : PageRequest.MAX_SIZE, null);
		SyncToken token = (after != null) ? SyncToken.decode(after) : null;
		return this.changes.page(token, page.size(), criteriaOf(filter), AccessRules.caller());
	}

	/**
	 * Over server-sent events, a reconnecting client's {@code Last-Event-ID} stands for
	 * {@code after}, and each event carries its sync token as its id.
	 */
	@SubscriptionMapping
	Flux<Edge<BriefingChange>> briefingChanged(@Argument @Nullable String after,
			@Argument @Nullable BriefingFilter filter, GraphQLContext context) {
		SseEventIds eventIds = SseEventIds.of(context);
		String resumeFrom = (after == null && eventIds != null) ? eventIds.lastEventId() : after;
		SyncToken token = (resumeFrom != null) ? SyncToken.decode(resumeFrom) : null;
		Flux<Edge<BriefingChange>> changes = this.resumable.after(token, criteriaOf(filter), AccessRules.caller());
		return (eventIds != null) ? changes.doOnNext((edge) -> eventIds.add(edge.cursor())) : changes;
	}

	static FeedCriteria criteriaOf(@Nullable BriefingFilter filter) {
		return (filter != null) ? filter.toCriteria() : FeedCriteria.NONE;
	}

}
