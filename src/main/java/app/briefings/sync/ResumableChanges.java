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
import reactor.util.concurrent.Queues;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;

/**
 * The {@code briefingChanged} stream of one subscriber: it starts following the live tail
 * first (buffering what arrives), then replays the log after the subscriber's token page
 * by page, then hands over the buffered and later live changes whose sequence numbers lie
 * after the last page replayed. Both parts read the same ordered log, so nothing falls
 * between them and nothing is sent twice.
 */
class ResumableChanges implements DisposableBean {

	private static final int REPLAY_PAGE = 100;

	private final ChangeLogTail tail;

	private final BriefingChanges changes;

	private final int buffer;

	private final Scheduler work = Schedulers.newBoundedElastic(2, 100_000, "sync-delivery");

	ResumableChanges(ChangeLogTail tail, BriefingChanges changes, int buffer) {
		this.tail = tail;
		this.changes = changes;
		this.buffer = buffer;
	}

	/**
	 * The changes after the token (none when it is null), then live ones, that pass the
	 * filter, as the caller may see them.
	 */
	Flux<Edge<BriefingChange>> after(@Nullable SyncToken after, FeedCriteria criteria,
			@Nullable Authentication caller) {
		return Flux.defer(() -> {
			this.tail.follow();
			Sinks.Many<ChangeLogTail.LiveBatch> pending = Sinks.many()
				.unicast()
				.onBackpressureBuffer(Queues.<ChangeLogTail.LiveBatch>get(this.buffer).get());
			Disposable live = this.tail.batches().subscribe((batch) -> buffer(pending, batch));
			AtomicLong replayedThrough = new AtomicLong(Long.MIN_VALUE);
			Flux<Edge<BriefingChange>> replayed = (after != null) ? replay(after, criteria, caller, replayedThrough)
					: Flux.empty();
			Flux<Edge<BriefingChange>> following = pending.asFlux()
				.publishOn(this.work)
				.concatMapIterable((batch) -> liveEdges(batch, replayedThrough.get(), criteria, caller));
			return replayed.concatWith(following).doFinally((signal) -> {
				live.dispose();
				this.tail.unfollow();
			});
		});
	}

	private Flux<Edge<BriefingChange>> replay(SyncToken after, FeedCriteria criteria, @Nullable Authentication caller,
			AtomicLong replayedThrough) {
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

	private List<Edge<BriefingChange>> liveEdges(ChangeLogTail.LiveBatch batch, long replayedThrough,
			FeedCriteria criteria, @Nullable Authentication caller) {
		List<Edge<BriefingChange>> edges = new ArrayList<>();
		for (ChangeEntry entry : batch.entries()) {
			if (entry.sequence() <= replayedThrough) {
				continue;
			}
			Briefing briefing = batch.briefings().get(entry.briefingId());
			if (BriefingChanges.passes(criteria, briefing)) {
				edges.add(new Edge<>(new SyncToken(entry.sequence()).encode(),
						this.changes.change(entry, briefing, caller)));
			}
		}
		return edges;
	}

	@Override
	public void destroy() {
		this.work.dispose();
	}

}
