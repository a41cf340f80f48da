package app.briefings.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.changefeed.BriefingChangesMissed;
import app.briefings.sync.BriefingChangeKind;
import app.briefings.sync.ChangedBriefings;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Brings the search index in line with MongoDB at start-up, before the sample page is
 * ingested ({@code @Order(1)}); from then on the change feed keeps it current. An index
 * that opened cleanly and stores a change-log position is caught up from the change log:
 * the briefings logged after that position are indexed again or removed. Without a stored
 * position, or when the log was pruned past it, every briefing whose version or status
 * differs from what the index holds is indexed again or removed. An index that must be
 * rebuilt is rebuilt from the published briefings, in the background when it is on disk
 * (searches answer {@code SEARCH_INDEX_REBUILDING} meanwhile), at once when it is in
 * memory. When the change feed reports that it may have missed changes, the index is
 * caught up by versions. Before the application closes, the index catches up from the log
 * once more (or only moves its position, when the change feed indexed every entry since)
 * and stores the position, so the next start has little to read; a background rebuild
 * still under way is stopped after the page it is indexing, never left writing into a
 * closed index; a rebuild is committed only when finished, so the next start rebuilds
 * again.
 */
@Component
@Order(0)
class SearchIndexRebuilder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexRebuilder.class);

	static final int BATCH_SIZE = 500;

	/**
	 * Briefings read per query of a rebuild or a catch-up by versions: the embedded
	 * server deserializes each whole, and other queries on the collection wait meanwhile.
	 */
	static final int PAGE_SIZE = 100;

	/** The most log entries caught up while closing; more are left to the next start. */
	static final long MOST_ENTRIES_AT_CLOSE = 10_000;

	/**
	 * How long closing waits for a background rebuild to finish the page it is indexing
	 * (a page of {@link #PAGE_SIZE} briefings takes milliseconds).
	 */
	static final Duration STOP_WAIT = Duration.ofSeconds(30);

	private final SearchIndex index;

	private final BriefingReindexer reindexer;

	private final ChangedBriefings changes;

	private final PublishedBriefingPages pages;

	private final FeedIndexedEntries feedIndexed;

	private volatile @Nullable StartReport lastStart;

	private volatile boolean closing;

	private @Nullable Thread backgroundRebuild;

	SearchIndexRebuilder(SearchIndex index, MongoOperations mongo, BriefingReindexer reindexer,
			ChangedBriefings changes, FeedIndexedEntries feedIndexed) {
		this.index = index;
		this.reindexer = reindexer;
		this.changes = changes;
		this.pages = new PublishedBriefingPages(mongo, PAGE_SIZE);
		this.feedIndexed = feedIndexed;
	}

	@Override
	public void run(ApplicationArguments args) {
		ChangedBriefings.Position start = this.changes.position();
		if (!this.index.rebuildNeeded()) {
			this.lastStart = new StartReport(false, catchUpFrom(start));
			return;
		}
		if (!rebuildsInBackground()) {
			rebuild();
			this.index.changeLogPositionReached(start.readable());
			this.lastStart = new StartReport(true, new CatchUp(0, 0));
			return;
		}
		this.index.rebuildStarted();
		Thread rebuild = new Thread(() -> rebuildAndReport(start), "search-index-rebuild");
		rebuild.setDaemon(true);
		this.backgroundRebuild = rebuild;
		rebuild.start();
	}

	/**
	 * Catches up after the change feed began again at the present: it has begun before
	 * this event, so a change written during the catch-up is still indexed after it.
	 */
	@EventListener
	void on(BriefingChangesMissed missed) {
		logger.info("Catching the search index up: the change feed may have missed changes ({})", missed.reason());
		catchUp();
	}

	private boolean rebuildsInBackground() {
		return ((this.index instanceof LuceneSearchIndex lucene) && lucene.onDisk())
				|| this.index instanceof OpenSearchSearchIndex;
	}

	private void rebuildAndReport(ChangedBriefings.Position start) {
		try {
			rebuild();
			CatchUp catchUp = catchUp();
			this.index.changeLogPositionReached(start.readable());
			this.index.commit();
			this.lastStart = new StartReport(true, catchUp);
		}
		catch (RebuildStopped ex) {
			logger
				.info("Search index rebuild stopped: the application is closing; the next start catches the index up");
		}
		catch (RuntimeException ex) {
			logger.error("Search index rebuild failed; searches stay refused until the next start", ex);
		}
	}

	/** What the last start did: whether it rebuilt the index, and what it caught up. */
	@Nullable StartReport lastStart() {
		return this.lastStart;
	}

	/** Removes everything from the index and indexes every published briefing again. */
	void rebuild() {
		this.index.rebuildStarted();
		boolean stopped = false;
		try {
			this.index.clear();
			this.pages.forEach(Briefing.class, List.of(),
					(briefing) -> new PublishedBriefingPages.Position(briefing.publishedAt(), briefing.id()),
					(page) -> {
						if (this.closing) {
							throw new RebuildStopped();
						}
						this.index.indexAll(page.iterator());
					});
		}
		catch (RebuildStopped ex) {
			stopped = true;
			throw ex;
		}
		finally {
			if (!stopped) {
				this.index.rebuildFinished();
			}
		}
		logger.info("Search index rebuilt: {} briefings", this.index.count());
	}

	/**
	 * Catches an index that opened cleanly up to the log position {@code now}: from the
	 * position it stores when the log still holds every entry after it, else by comparing
	 * versions. Either way it then stores {@code now}, read before the catch-up began, so
	 * no change logged up to it is missed.
	 */
	CatchUp catchUpFrom(ChangedBriefings.Position now) {
		OptionalLong held = this.index.changeLogPosition();
		if (held.isPresent() && now.keepsEverythingAfter(held.getAsLong())) {
			return replay(held.getAsLong(), now.readable());
		}
		CatchUp catchUp = catchUp();
		this.index.changeLogPositionReached(now.readable());
		this.index.commit();
		return catchUp;
	}

	/**
	 * Catches up from the log once more before the application closes (the change feed
	 * has already indexed these briefings; this moves the stored position), unless a
	 * rebuild is under way or the log holds too much since the stored position. When the
	 * change feed indexed every entry since the stored position itself, nothing is read
	 * again: the position is moved and committed.
	 */
	@PreDestroy
	void catchUpBeforeClosing() {
		stopBackgroundRebuild();
		OptionalLong held = this.index.changeLogPosition();
		if (this.lastStart == null || this.index.rebuilding() || held.isEmpty()) {
			return;
		}
		ChangedBriefings.Position now = this.changes.position();
		if (this.feedIndexed.holdsAll(held.getAsLong(), now.readable())) {
			this.index.changeLogPositionReached(now.readable());
			this.index.commit();
			logger.info("Search index position moved to change-log entry {}: the change feed indexed every entry "
					+ "since {}", now.readable(), held.getAsLong());
			return;
		}
		if (now.keepsEverythingAfter(held.getAsLong()) && now.readable() - held.getAsLong() <= MOST_ENTRIES_AT_CLOSE) {
			replay(held.getAsLong(), now.readable());
		}
	}

	private void stopBackgroundRebuild() {
		Thread rebuild = this.backgroundRebuild;
		if (rebuild == null) {
			return;
		}
		this.closing = true;
		try {
			rebuild.join(STOP_WAIT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Indexes again, or removes, every briefing the log names after {@code after} up to
	 * {@code through}, as stored now; then stores {@code through} and commits.
	 */
	private CatchUp replay(long after, long through) {
		Map<String, BriefingChangeKind> changed = this.changes.between(after, through);
		List<String> batch = new ArrayList<>();
		int reindexed = 0;
		int removed = 0;
		for (Map.Entry<String, BriefingChangeKind> change : changed.entrySet()) {
			batch.add(change.getKey());
			if (change.getValue() == BriefingChangeKind.RETRACTED) {
				removed++;
			}
			else {
				reindexed++;
			}
			if (batch.size() == BATCH_SIZE) {
				reindex(batch);
			}
		}
		reindex(batch);
		this.index.changeLogPositionReached(through);
		this.index.commit();
		logger.info("Search index caught up from the change log (entries {} to {}): {} briefings indexed again, {} "
				+ "removed", after + 1, through, reindexed, removed);
		return new CatchUp(reindexed, removed);
	}

	/**
	 * Indexes again every published briefing whose revision differs from the indexed one,
	 * and removes what is indexed but no longer published; then commits.
	 */
	CatchUp catchUp() {
		Map<String, Integer> indexed = this.index.versions();
		List<String> stale = new ArrayList<>();
		int[] reindexedInPages = { 0 };
		this.pages.forEach(Document.class,
				List.of(BriefingFields.ID, BriefingFields.VERSION, BriefingFields.EDITORIAL_REVISION),
				SearchIndexRebuilder::positionOf, (page) -> {
					for (Document briefing : page) {
						String id = String.valueOf(briefing.get(BriefingFields.ID));
						Integer held = indexed.remove(id);
						if (!Objects.equals(held, versionOf(briefing))) {
							stale.add(id);
						}
					}
					reindexedInPages[0] += reindex(stale);
				});
		int reindexed = reindexedInPages[0];
		int removed = reindex(new ArrayList<>(indexed.keySet()));
		this.index.commit();
		CatchUp catchUp = new CatchUp(reindexed, removed);
		logger.info("Search index caught up: {} briefings indexed again, {} removed", reindexed, removed);
		return catchUp;
	}

	private int reindex(List<String> ids) {
		int count = ids.size();
		if (count > 0) {
			this.reindexer.reindex(ids);
			ids.clear();
		}
		return count;
	}

	private static PublishedBriefingPages.Position positionOf(Document briefing) {
		return new PublishedBriefingPages.Position(((Date) briefing.get(BriefingFields.PUBLISHED_AT)).toInstant(),
				String.valueOf(briefing.get(BriefingFields.ID)));
	}

	/** The briefing's revision: its document's version plus the editors' changes. */
	private static int versionOf(Document briefing) {
		Object version = briefing.get(BriefingFields.VERSION);
		Object edits = briefing.get(BriefingFields.EDITORIAL_REVISION);
		int documentVersion = (version instanceof Number number) ? Math.max(number.intValue(), Briefing.FIRST_VERSION)
				: Briefing.FIRST_VERSION;
		return documentVersion + ((edits instanceof Number number) ? number.intValue() : 0);
	}

	/** Ends a background rebuild between two pages when the application closes. */
	private static final class RebuildStopped extends RuntimeException {

		RebuildStopped() {
			super(null, null, false, false);
		}

	}

	/** What a catch-up did: briefings indexed again, and briefings removed. */
	record CatchUp(int reindexed, int removed) {

	}

	/** What the start-up did: whether the index was rebuilt, and the catch-up after. */
	record StartReport(boolean rebuilt, CatchUp catchUp) {

	}

}
