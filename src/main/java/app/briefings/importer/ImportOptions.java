package app.briefings.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code import}, parsed.
 *
 * @param paths files and folders to import
 * @param partner the partner recorded on the documents
 * @param threads how many documents are ingested at once
 * @param report where rejected records are written
 * @param progress how progress is shown
 * @param springProperties {@code --name=value} arguments whose name has a dot, handed to
 * Spring as properties ({@code --spring.mongodb.uri=...})
 */
record ImportOptions(List<Path> paths, String partner, int threads, Path report, Progress progress,
		Map<String, String> springProperties) {

	static final String DEFAULT_PARTNER = "import";

	static final Path DEFAULT_REPORT = Path.of("import-rejected.ndjson");

	static final int MAX_THREADS = 16;

	static final String USAGE = """
			Usage: import [options] <file or folder>...
			  Imports .txt, .json and .ndjson documents; folders are walked recursively.
			Options:
			  --partner NAME     partner recorded on the documents (default: import)
			  --threads N        documents ingested at once, 1 to 16 (default: 1)
			  --report PATH      file for rejected records (default: import-rejected.ndjson)
			  --progress         show a live progress line even when not on a terminal
			  --no-progress      show no progress
			  --name.key=VALUE   a Spring property, such as --spring.mongodb.uri=mongodb://...
			  --help             show this help
			""";

	/** How progress is shown. */
	enum Progress {

		/** A live line on a terminal, else a line every few seconds. */
		AUTO,
		/** Always a live line. */
		LIVE,
		/** No progress output. */
		NONE

	}

	ImportOptions {
		paths = List.copyOf(paths);
		springProperties = Map.copyOf(springProperties);
	}

	/** Parses the arguments that follow {@code import}. */
	static ImportOptions parse(List<String> arguments) throws UsageException {
		Parser parser = new Parser(arguments);
		parser.parse();
		if (parser.paths.isEmpty()) {
			throw new UsageException("no file or folder to import was given");
		}
		return new ImportOptions(parser.paths, parser.partner, parser.threads, parser.report, parser.progress,
				parser.springProperties);
	}

	/** Reads the arguments one at a time. */
	private static final class Parser {

		private final List<String> arguments;

		private int position;

		private final List<Path> paths = new ArrayList<>();

		private String partner = DEFAULT_PARTNER;

		private int threads = 1;

		private Path report = DEFAULT_REPORT;

		private Progress progress = Progress.AUTO;

		private final Map<String, String> springProperties = new LinkedHashMap<>();

		Parser(List<String> arguments) {
			this.arguments = arguments;
		}

		void parse() throws UsageException {
			boolean optionsEnded = false;
			while (this.position < this.arguments.size()) {
				String argument = this.arguments.get(this.position++);
				if (optionsEnded || !argument.startsWith("-")) {
					this.paths.add(Path.of(argument));
				}
				else if (argument.equals("--")) {
					optionsEnded = true;
				}
				else {
					option(argument);
				}
			}
		}

		private void option(String argument) throws UsageException {
			int equals = argument.indexOf('=');
			String name = (equals > 0) ? argument.substring(0, equals) : argument;
			@Nullable String inlineValue = (equals > 0) ? argument.substring(equals + 1) : null;
			switch (name) {
				case "--partner" -> this.partner = partner(value(name, inlineValue));
				case "--threads" -> this.threads = threads(value(name, inlineValue));
				case "--report" -> this.report = Path.of(value(name, inlineValue));
				case "--progress" -> this.progress = Progress.LIVE;
				case "--no-progress" -> this.progress = Progress.NONE;
				default -> springProperty(argument, name, inlineValue);
			}
		}

		private String value(String name, @Nullable String inlineValue) throws UsageException {
			if (inlineValue != null) {
				return inlineValue;
			}
			if (this.position >= this.arguments.size()) {
				throw new UsageException(name + " needs a value");
			}
			return this.arguments.get(this.position++);
		}

		private void springProperty(String argument, String name, @Nullable String value) throws UsageException {
			if (value == null || !name.startsWith("--") || !name.contains(".")) {
				throw new UsageException("unknown option " + argument);
			}
			this.springProperties.put(name.substring(2), value);
		}

		private static String partner(String value) throws UsageException {
			if (value.isBlank()) {
				throw new UsageException("--partner must not be blank");
			}
			return value.strip();
		}

		private static int threads(String value) throws UsageException {
			try {
				int threads = Integer.parseInt(value);
				if (threads >= 1 && threads <= MAX_THREADS) {
					return threads;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new UsageException("--threads must be a whole number from 1 to " + MAX_THREADS + ", was " + value);
		}

	}

}
