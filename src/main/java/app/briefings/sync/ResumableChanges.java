package app.briefings.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.Edge;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;

/**
 * The {@code briefingChanged} stream of one subscriber: it starts following the live tail
 * first (buffering what arrives), then replays what it missed after its token, from the
 * tail's replay window when the window holds it (shared by every resumer, no read of its
 * own) or else from the log page by page, then hands over the buffered and later live
 * changes whose sequence numbers lie after the last one replayed. Both parts come from
 * the same ordered log, so nothing falls between them and nothing is sent twice.
 */
class ResumableChanges implements DisposableBean {

	private static final int REPLAY_PAGE = 100;

	private static final int SHARED_EDGES = 512;

	private final ChangeLogTail tail;

	private final BriefingChanges changes;

	private final int buffer;

	private final SharedChangeEdges shared;

	private final Scheduler work = Schedulers.newBoundedElastic(2, 100_000, "sync-delivery");

	ResumableChanges(ChangeLogTail tail, BriefingChanges changes, int buffer) {
		this.tail = tail;
		this.changes = changes;
		this.buffer = buffer;
		this.shared = new SharedChangeEdges(changes, SHARED_EDGES);
	}

	/**
	 * The changes after the token (none when it is null), then live ones, that pass the
	 * filter, as the caller may see them.
	 */
	Flux<Edge<BriefingChange>> after(@Nullable SyncToken after, FeedCriteria criteria,
			@Nullable Authentication caller) {
		return Flux.using(() -> follow(after), (following) -> {
			AtomicLong replayedThrough = new AtomicLong(following.start().position());
			Flux<Edge<BriefingChange>> replayed = replayed(after, following.start(), criteria, caller, replayedThrough);
			Flux<Edge<BriefingChange>> live = following.pending()
				.asFlux()
				.publishOn(this.work)
				.concatMapIterable((batch) -> edges(batch, replayedThrough.get(), criteria, caller));
			return replayed.concatWith(live);
		}, this::stop);
	}

	/**
	 * Listens to the tail's batches first, then registers with it: no batch logged after
	 * the start it returns can be missed.
	 */
	private Following follow(@Nullable SyncToken after) {
		Sinks.Many<ChangeLogTail.LiveBatch> pending = Sinks.many()
			.unicast()
			.onBackpressureBuffer(new GrowingBoundedQueue<ChangeLogTail.LiveBatch>(this.buffer));
		Disposable listening = this.tail.batches().subscribe((batch) -> buffer(pending, batch));
		try {
			return new Following(this.tail.follow(after), pending, listening);
		}
		catch (RuntimeException ex) {
			listening.dispose();
			throw ex;
		}
	}

	private Flux<Edge<BriefingChange>> replayed(@Nullable SyncToken after, ChangeLogTail.Start start,
			FeedCriteria criteria, @Nullable Authentication caller, AtomicLong replayedThrough) {
		if (after == null) {
			return Flux.empty();
		}
		ReplayWindow.Replay fromWindow = start.replay();
		if (fromWindow != null) {
			replayedThrough.set(fromWindow.through());
			ChangeLogTail.LiveBatch missed = new ChangeLogTail.LiveBatch(fromWindow.entries(), fromWindow.briefings());
			return Flux.defer(() -> Flux.fromIterable(edges(missed, after.sequence(), criteria, caller)));
		}
		return replayFromLog(after, criteria, caller, replayedThrough);
	}

	private Flux<Edge<BriefingChange>> replayFromLog(SyncToken after, FeedCriteria criteria,
			@Nullable Authentication caller, AtomicLong replayedThrough) {
		replayedThrough.set(after.sequence());
		return Mono.fromCallable(() -> this.changes.page(after, REPLAY_PAGE, criteria, caller))
			.expand((page) -> page.pageInfo().hasNextPage()
					? Mono.fromCallable(
							() -> this.changes.page(SyncToken.decode(page.syncToken()), REPLAY_PAGE, criteria, caller))
					: Mono.empty())
			.subscribeOn(this.work)
			.concatMapIterable((page) -> {
				replayedThrough.set(SyncToken.decode(page.syncToken()).sequence());
				return page.edges();
			});
	}

	private void buffer(Sinks.Many<ChangeLogTail.LiveBatch> pending, ChangeLogTail.LiveBatch batch) {
		if (pending.tryEmitNext(batch).isFailure()) {
			pending.tryEmitError(new ApiException(ErrorCode.SLOW_CONSUMER,
					"More than " + this.buffer
							+ " batches of changes waited for this subscriber, so its subscription ended; "
							+ "subscribe again with the last sync token received"));
		}
	}

	/** The changes of the batch after this sequence number that pass the filter. */
	private List<Edge<BriefingChange>> edges(ChangeLogTail.LiveBatch batch, long replayedThrough, FeedCriteria criteria,
			@Nullable Authentication caller) {
		List<Edge<BriefingChange>> edges = new ArrayList<>();
		for (ChangeEntry entry : batch.entries()) {
			if (entry.sequence() <= replayedThrough) {
				continue;
			}
			Briefing briefing = batch.briefings().get(entry.briefingId());
			if (BriefingChanges.passes(criteria, briefing)) {
				edges.add(this.shared.edge(entry, briefing, caller));
			}
		}
		return edges;
	}

	/**
	 * A follower registered with the tail.
	 *
	 * @param start where its replay ends and live changes begin
	 * @param pending the batches that arrived since it began listening
	 * @param listening its subscription to the tail's batches
	 */
	private record Following(ChangeLogTail.Start start, Sinks.Many<ChangeLogTail.LiveBatch> pending,
			Disposable listening) {

	}

	/** Stops listening to the tail and unregisters from it. */
	private void stop(Following following) {
		following.listening().dispose();
		this.tail.unfollow();
	}

	@Override
	public void destroy() {
		this.work.dispose();
	}

}
