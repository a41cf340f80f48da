package app.briefings.importer;

import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The file formats the command reads, recognised by file name extension. */
enum DocumentFormat {

	/** A document's text, with an optional metadata header. */
	TXT(".txt"),
	/**
	 * One JSON object with the fields of {@code IngestDocumentInput}, or an array of
	 * them.
	 */
	JSON(".json"),
	/** One such JSON object per line. */
	NDJSON(".ndjson");

	private final String extension;

	DocumentFormat(String extension) {
		this.extension = extension;
	}

	/** The format of a file, or null when its extension is none of these. */
	static @Nullable DocumentFormat of(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			return null;
		}
		String lowerCase = name.toString().toLowerCase(Locale.ROOT);
		for (DocumentFormat format : values()) {
			if (lowerCase.endsWith(format.extension) && lowerCase.length() > format.extension.length()) {
				return format;
			}
		}
		return null;
	}

}
