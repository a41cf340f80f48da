package app.briefings.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.FeedCriteria;
import app.briefings.changefeed.BriefingChanged;
import app.briefings.changefeed.BriefingChangesMissed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Fans each published briefing out to every live subscriber of this instance, off the
 * thread that wrote it: the change is queued (bounded) and one fan-out thread reads the
 * briefing once and hands it to every subscriber, however many there are. Each subscriber
 * has a bounded buffer drained on the delivery threads, where its selection set runs; a
 * subscriber whose buffer overflows is ended with {@code SLOW_CONSUMER} and logged in one
 * line, and the others never wait for it.
 */
@Component
class BriefingBroadcaster implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(BriefingBroadcaster.class);

	private static final int DELIVERY_PREFETCH = 8;

	private static final int DELIVERY_TASKS_PER_THREAD = 100_000;

	private final BriefingRepository briefings;

	private final int subscriberBuffer;

	private final Sinks.Many<Briefing> published = Sinks.many().multicast().directBestEffort();

	private final ThreadPoolExecutor fanOut;

	private final Scheduler delivery;

	private final AtomicLong undeliveredChanges = new AtomicLong();

	private final AtomicBoolean fanOutFull = new AtomicBoolean();

	private final AtomicLong missedChangeGaps = new AtomicLong();

	BriefingBroadcaster(BriefingRepository briefings, LiveProperties properties) {
		this.briefings = briefings;
		this.subscriberBuffer = properties.subscriberBuffer();
		this.fanOut = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(properties.pendingChanges()), new CustomizableThreadFactory("live-fan-out-"));
		this.delivery = Schedulers.newBoundedElastic(properties.deliveryThreads(), DELIVERY_TASKS_PER_THREAD,
				"live-delivery");
	}

	/** Queues the change and returns at once; it never fails the write that caused it. */
	@EventListener
	void on(BriefingChanged changed) {
		if (this.published.currentSubscriberCount() == 0) {
			return;
		}
		try {
			this.fanOut.execute(() -> fanOut(changed.briefingId()));
			this.fanOutFull.set(false);
		}
		catch (RejectedExecutionException ex) {
			this.undeliveredChanges.incrementAndGet();
			if (this.fanOutFull.compareAndSet(false, true)) {
				logger.warn("Live delivery is behind by {} changes; changes are not delivered live until it catches up",
						this.fanOut.getQueue().size());
			}
		}
	}

	/**
	 * Notes that the change feed began again and changes in between were not delivered
	 * live; subscribers catch up by reading the feed.
	 */
	@EventListener
	void on(BriefingChangesMissed missed) {
		this.missedChangeGaps.incrementAndGet();
		logger.warn("Live subscribers of this instance may have missed briefings: the change feed began again ({})",
				missed.reason());
	}

	private void fanOut(String briefingId) {
		try {
			this.briefings.findById(briefingId)
				.filter((briefing) -> briefing.status() == BriefingStatus.PUBLISHED)
				.ifPresent(this.published::tryEmitNext);
		}
		catch (RuntimeException ex) {
			this.undeliveredChanges.incrementAndGet();
			logger.warn("Could not deliver briefing {} live: {}", briefingId, ex.toString());
		}
	}

	/**
	 * The briefings published from now on that match the criteria, for one subscriber,
	 * delivered on the delivery threads.
	 */
	Flux<Briefing> published(FeedCriteria criteria) {
		Sinks.Empty<Void> overflowed = Sinks.empty();
		AtomicBoolean ended = new AtomicBoolean();
		Flux<Briefing> delivered = this.published.asFlux()
			.filter(criteria::matches)
			.onBackpressureBuffer(this.subscriberBuffer, (dropped) -> overflow(ended, overflowed),
					BufferOverflowStrategy.DROP_LATEST)
			.publishOn(this.delivery, DELIVERY_PREFETCH);
		return delivered.mergeWith(overflowed.asMono().then(Mono.error(this::slowConsumer)));
	}

	/**
	 * Ends the subscriber at once, ahead of the events it has not read: an error needs no
	 * demand, so it reaches even a subscriber that reads nothing. The line is logged
	 * once, before the error is sent, so whoever sees the error can also find the line.
	 */
	private void overflow(AtomicBoolean ended, Sinks.Empty<Void> overflowed) {
		if (ended.compareAndSet(false, true)) {
			logger.info("Ended a live subscription whose {} buffered events were not read (SLOW_CONSUMER)",
					this.subscriberBuffer);
			overflowed.tryEmitEmpty();
		}
	}

	private SlowConsumerException slowConsumer() {
		return new SlowConsumerException(this.subscriberBuffer);
	}

	/** Changes not delivered live because fan-out was behind or a read failed. */
	long undeliveredChanges() {
		return this.undeliveredChanges.get();
	}

	/**
	 * How many times the change feed began again, each time with changes maybe missed.
	 */
	long missedChangeGaps() {
		return this.missedChangeGaps.get();
	}

	int subscribers() {
		return this.published.currentSubscriberCount();
	}

	@Override
	public void destroy() {
		this.fanOut.shutdownNow();
		this.delivery.dispose();
	}

}
