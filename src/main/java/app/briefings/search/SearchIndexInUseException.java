package app.briefings.search;

import java.nio.file.Path;

/**
 * Thrown at start-up when another process already holds the search index folder: an
 * embedded index serves one process only.
 */
class SearchIndexInUseException extends IllegalStateException {

	SearchIndexInUseException(Path folder, Throwable cause) {
		super("The search index in " + folder.toAbsolutePath()
				+ " is held by another process (Lucene write lock): stop it, or give this one its own"
				+ " briefings.search.index-path", cause);
	}

}
