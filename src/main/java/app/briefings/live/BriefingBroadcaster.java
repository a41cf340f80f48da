package app.briefings.live;

import java.time.Duration;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.changefeed.BriefingChanged;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fans each published briefing out to every live subscriber of this instance: one
 * database read per change, however many subscribers there are. A subscriber that cannot
 * keep up misses events rather than slowing the others down. It hears of a change before
 * the other listeners of the same event (the search index), so that delivery does not
 * wait for their work.
 */
@Component
class BriefingBroadcaster {

	private final BriefingRepository briefings;

	private final Sinks.Many<Briefing> published = Sinks.many().multicast().directBestEffort();

	BriefingBroadcaster(BriefingRepository briefings) {
		this.briefings = briefings;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(BriefingChanged changed) {
		if (this.published.currentSubscriberCount() == 0) {
			return;
		}
		this.briefings.findById(changed.briefingId())
			.filter((briefing) -> briefing.status() == BriefingStatus.PUBLISHED)
			.ifPresent(this::emit);
	}

	private void emit(Briefing briefing) {
		this.published.emitNext(briefing, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
	}

	Flux<Briefing> published() {
		return this.published.asFlux();
	}

}
