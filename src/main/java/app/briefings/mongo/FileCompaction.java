package app.briefings.mongo;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Keeps the file storage's chunks dense while it commits after every write, as the
 * MVStore's own background housekeeping would if its periodic commit were on (it is off:
 * see {@link IdLookupFileBackend}).
 * <p>
 * Each commit writes a new chunk, and a chunk stays in the file, with an entry in the
 * store's layout map, as long as one of its pages is live: after thousands of commits of
 * a few pages each, most chunks hold one or two live pages. Every commit then pays for
 * that: it finds room for its chunk by walking the file's free-space map hole by hole,
 * and rewrites the layout map's entries of the chunks it changes, and the file grows to
 * many times its live data. Every {@link #COMMITS_BETWEEN_PASSES} commits, when less than
 * {@link #TARGET_FILL_RATE} percent of the file's chunk bytes are live, this rewrites the
 * live pages of the sparsest chunks older than the store's retention time (at most
 * {@link #WRITE_LIMIT} bytes of them) into the next chunk, so that the old ones can be
 * dropped. It uses the store's public {@link MVStore#compact(int, int)}, the step its
 * background housekeeping takes. A pass changes no stored value: the same pages are
 * written again. The caller runs it while no write command runs and no other commit is
 * under way, and commits the rewritten pages itself.
 */
final class FileCompaction {

	/** How many commits run between two passes. */
	static final int COMMITS_BETWEEN_PASSES = 64;

	/**
	 * The share of the chunks' bytes, in percent, that must be live; below it a pass
	 * rewrites the sparsest chunks.
	 */
	static final int TARGET_FILL_RATE = 50;

	/** The most live bytes that one pass rewrites. */
	static final int WRITE_LIMIT = 256 * 1024;

	private final MVStore store;

	private int commitsSincePass;

	FileCompaction(MVStore store) {
		this.store = store;
	}

	/**
	 * Counts a commit and, every {@link #COMMITS_BETWEEN_PASSES}, rewrites the live pages
	 * of sparse chunks.
	 * @return whether pages were rewritten, which the caller must then commit
	 */
	boolean afterCommit() {
		this.commitsSincePass++;
		if (this.commitsSincePass < COMMITS_BETWEEN_PASSES) {
			return false;
		}
		this.commitsSincePass = 0;
		return rewriteSparseChunks();
	}

	/**
	 * Rewrites the live pages of the sparsest chunks older than the retention time, up to
	 * {@link #WRITE_LIMIT} bytes, when the file is less than {@link #TARGET_FILL_RATE}
	 * percent live.
	 * @return whether pages were rewritten, which the caller must then commit
	 */
	boolean rewriteSparseChunks() {
		return this.store.getFileStore() != null && this.store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
	}

	/** Frees the chunks that no live page and no recent version needs any more. */
	void dropUnusedChunks() {
		FileStore<?> fileStore = this.store.getFileStore();
		if (fileStore != null) {
			fileStore.dropUnusedChunks();
		}
	}

}
