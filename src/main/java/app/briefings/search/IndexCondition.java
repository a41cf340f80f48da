package app.briefings.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an index folder held when it was opened: a usable index of this schema version, or
 * nothing usable, and then why. An unusable index is deleted before a new one is started
 * in its place.
 */
enum IndexCondition {

	/** An index of this schema version that opened cleanly: kept and caught up. */
	READY,

	/** No index at all. */
	MISSING,

	/** Files Lucene could not read: truncated, damaged, or of an unsupported format. */
	CORRUPT,

	/** An index written with another {@link SearchFields#SCHEMA_VERSION}. */
	OTHER_SCHEMA;

	private static final Logger logger = LoggerFactory.getLogger(IndexCondition.class);

	/**
	 * Inspects the index in the directory while holding its write lock, and deletes its
	 * files unless it is {@link #READY}.
	 * @throws LockObtainFailedException when another process holds the folder
	 */
	static IndexCondition prepare(Directory directory, Path folder) throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			IndexCondition condition = inspect(directory);
			if (condition == MISSING) {
				logger.info("Search index in {}: none yet, building it", folder);
			}
			else if (condition != READY) {
				logger.warn("Search index in {}: {}, rebuilding it", folder, condition);
			}
			if (condition != READY) {
				deleteIndexFiles(directory);
			}
			return condition;
		}
	}

	static IndexCondition inspect(Directory directory) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return MISSING;
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			String schema = reader.getIndexCommit().getUserData().get(LuceneSearchIndex.SCHEMA_VERSION_KEY);
			return String.valueOf(SearchFields.SCHEMA_VERSION).equals(schema) ? READY : OTHER_SCHEMA;
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
				| NoSuchFileException | FileNotFoundException ex) {
			logger.warn("Search index unreadable: {}", ex.toString());
			return CORRUPT;
		}
	}

	private static void deleteIndexFiles(Directory directory) throws IOException {
		for (String file : directory.listAll()) {
			if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
				directory.deleteFile(file);
			}
		}
	}

}
