package app.briefings.mongo;

import java.util.Set;

import com.mongodb.MongoServerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * Creates and drops indexes at start-up without letting them stop the application: an
 * index that exists with other options, an old index another instance dropped first, a
 * build another instance is running or a build that outlasts its time limit is logged and
 * left to the next start or to an operator (docs/mongodb.md), so two instances upgrading
 * at once both start and a long build on a large collection is no crash loop. Any other
 * failure (no connection, no permission) still stops the start.
 */
public final class StartupIndexes {

	/**
	 * MongoDB error codes a start may pass over: interrupted or timed out, index not
	 * found, options or key conflicts, build aborted or already in progress.
	 */
	static final Set<Integer> TOLERATED = Set.of(11601, 50, 27, 85, 86, 276, 67);

	private static final Logger logger = LoggerFactory.getLogger(StartupIndexes.class);

	private final IndexOperations indexes;

	private final String collection;

	private StartupIndexes(IndexOperations indexes, String collection) {
		this.indexes = indexes;
		this.collection = collection;
	}

	/** The start-up index operations of one collection. */
	public static StartupIndexes of(IndexOperations indexes, String collection) {
		return new StartupIndexes(indexes, collection);
	}

	/** Creates the index, or logs why it could not be now. */
	public void create(IndexDefinition index) {
		try {
			this.indexes.createIndex(index);
		}
		catch (DataAccessException ex) {
			tolerate(ex, "create index " + index.getIndexKeys().toJson());
		}
	}

	/** Drops the index if it is there; another instance may have dropped it first. */
	public void drop(String name) {
		try {
			this.indexes.dropIndex(name);
		}
		catch (DataAccessException ex) {
			tolerate(ex, "drop index " + name);
		}
	}

	private void tolerate(DataAccessException ex, String action) {
		Integer code = codeOf(ex);
		if (code == null || !TOLERATED.contains(code)) {
			throw ex;
		}
		logger.warn("Could not {} on {} at start-up (MongoDB error {}); starting without it: {}", action,
				this.collection, code, ex.getMostSpecificCause().getMessage());
	}

	private static Integer codeOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MongoServerException server) {
				return server.getCode();
			}
		}
		return null;
	}

}
