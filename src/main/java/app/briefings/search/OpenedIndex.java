package app.briefings.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer and the searchers of an index, opened once over what its directory held: an
 * index of this schema version is kept as it is, read by the writer and its first
 * searcher and by nothing else; anything else is deleted and an empty index started in
 * its place, with the {@link IndexCondition} that says why.
 */
record OpenedIndex(IndexWriter writer, SearcherManager searchers, IndexCondition condition) {

	private static final Logger logger = LoggerFactory.getLogger(OpenedIndex.class);

	/**
	 * Opens the index in {@code directory} (the folder {@code folder}), keeping it when
	 * it is usable.
	 * @throws org.apache.lucene.store.LockObtainFailedException when another process
	 * holds the folder
	 */
	static OpenedIndex open(Directory directory, Path folder, Analyzer analyzer) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			logger.info("Search index in {}: none yet, building it", folder);
			return startAnew(directory, analyzer, IndexCondition.MISSING);
		}
		IndexWriter writer;
		try {
			writer = new IndexWriter(directory, config(analyzer, OpenMode.CREATE_OR_APPEND));
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
				| NoSuchFileException | FileNotFoundException ex) {
			return discard(directory, folder, analyzer, IndexCondition.CORRUPT, ex);
		}
		if (!ofThisSchema(writer)) {
			writer.rollback();
			return discard(directory, folder, analyzer, IndexCondition.OTHER_SCHEMA, null);
		}
		try {
			return new OpenedIndex(writer, new SearcherManager(writer, null), IndexCondition.READY);
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
				| NoSuchFileException | FileNotFoundException ex) {
			writer.rollback();
			return discard(directory, folder, analyzer, IndexCondition.CORRUPT, ex);
		}
	}

	/** Starts an empty index in a directory that holds none, as an in-memory one does. */
	static OpenedIndex empty(Directory directory, Analyzer analyzer) throws IOException {
		IndexWriter writer = new IndexWriter(directory, config(analyzer, OpenMode.CREATE));
		return new OpenedIndex(writer, new SearcherManager(writer, null), IndexCondition.MISSING);
	}

	private static boolean ofThisSchema(IndexWriter writer) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data == null) {
			return false;
		}
		for (Map.Entry<String, String> entry : data) {
			if (entry.getKey().equals(LuceneSearchIndex.SCHEMA_VERSION_KEY)) {
				return String.valueOf(SearchFields.SCHEMA_VERSION).equals(entry.getValue());
			}
		}
		return false;
	}

	private static OpenedIndex discard(Directory directory, Path folder, Analyzer analyzer, IndexCondition condition,
			@Nullable IOException cause) throws IOException {
		if (cause != null) {
			logger.warn("Search index unreadable: {}", cause.toString());
		}
		logger.warn("Search index in {}: {}, rebuilding it", folder, condition);
		return startAnew(directory, analyzer, condition);
	}

	private static OpenedIndex startAnew(Directory directory, Analyzer analyzer, IndexCondition condition)
			throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			deleteIndexFiles(directory);
		}
		IndexWriter writer = new IndexWriter(directory, config(analyzer, OpenMode.CREATE));
		return new OpenedIndex(writer, new SearcherManager(writer, null), condition);
	}

	private static IndexWriterConfig config(Analyzer analyzer, OpenMode mode) {
		return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false);
	}

	private static void deleteIndexFiles(Directory directory) throws IOException {
		for (String file : directory.listAll()) {
			if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
				directory.deleteFile(file);
			}
		}
	}

}
