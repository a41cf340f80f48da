package app.briefings.mongo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * many times its live data. Every {@link #COMMITS_BETWEEN_PASSES} commits this rewrites
 * the live pages of the sparsest chunks older than the store's retention time (at most
 * {@link #WRITE_LIMIT} bytes of them, chunks at most {@link #SPARSE_FILL_RATE} percent
 * live) into the next chunk, so that the old ones can be dropped.
 * <p>
 * The MVStore offers this pass only to its own housekeeping and its subclasses
 * ({@code FileStore.rewriteChunks}); it is called by reflection, and left off with a
 * warning if the H2 version at hand lacks it. A pass changes no stored value: the same
 * pages are written again. The caller runs it while no write command runs and no other
 * commit is under way, and commits the rewritten pages itself.
 */
final class FileCompaction {

	/** How many commits run between two passes. */
	static final int COMMITS_BETWEEN_PASSES = 64;

	/**
	 * The fill rate, in percent of their bytes live, under which a chunk is rewritten.
	 */
	static final int SPARSE_FILL_RATE = 50;

	/** The most live bytes that one pass rewrites. */
	static final int WRITE_LIMIT = 256 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(FileCompaction.class);

	private static final @Nullable Method REWRITE_CHUNKS = findRewriteChunks();

	private final MVStore store;

	private int commitsSincePass;

	FileCompaction(MVStore store) {
		this.store = store;
	}

	private static @Nullable Method findRewriteChunks() {
		try {
			Method rewrite = FileStore.class.getDeclaredMethod("rewriteChunks", int.class, int.class);
			rewrite.setAccessible(true);
			return rewrite;
		}
		catch (NoSuchMethodException | RuntimeException ex) {
			logger.warn("This H2 version offers no way to rewrite sparse chunks; the data file is not compacted "
					+ "while it is open", ex);
			return null;
		}
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
	 * {@link #WRITE_LIMIT} bytes.
	 * @return whether pages were rewritten, which the caller must then commit
	 */
	boolean rewriteSparseChunks() {
		FileStore<?> fileStore = this.store.getFileStore();
		if (REWRITE_CHUNKS == null || fileStore == null) {
			return false;
		}
		try {
			return (Boolean) REWRITE_CHUNKS.invoke(fileStore, WRITE_LIMIT, SPARSE_FILL_RATE);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot rewrite the data file's sparse chunks", ex);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("Cannot rewrite the data file's sparse chunks", ex.getCause());
		}
	}

	/** Frees the chunks that no live page and no recent version needs any more. */
	void dropUnusedChunks() {
		FileStore<?> fileStore = this.store.getFileStore();
		if (fileStore != null) {
			fileStore.dropUnusedChunks();
		}
	}

}
