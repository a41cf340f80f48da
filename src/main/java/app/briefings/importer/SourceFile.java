package app.briefings.importer;

import java.nio.file.Path;

/**
 * A file to import.
 *
 * @param path the file as walked from the path given on the command line
 * @param name the file's name relative to that path, prefixed with the folder's own name
 * ({@code wire/2025/a.txt}), or the bare file name for a file given directly: the default
 * external id of a {@code .txt} document
 * @param format how to read it
 */
record SourceFile(Path path, String name, DocumentFormat format) {

	String displayPath() {
		return this.path.toString();
	}

}
