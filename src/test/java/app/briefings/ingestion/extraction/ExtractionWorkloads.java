package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Documents for measuring extraction, built from the sample page and the test pages: the
 * {@code ExtractionBenchmark} and the JMH benchmarks under {@code src/bench/java} time
 * them, and the cancellation tests extract the large ones under a deadline.
 */
final class ExtractionWorkloads {

	private static final int DOCUMENT_CHARS = 4096;

	private ExtractionWorkloads() {
	}

	/**
	 * A document of exactly {@code size} characters: the sample and test pages in turn,
	 * each followed by a paragraph where a titled person with a name of its own says
	 * something.
	 */
	static String documentOf(int size) throws IOException {
		List<String> sources = sources();
		StringBuilder document = new StringBuilder(size + 8192);
		for (int i = 0; document.length() < size; i++) {
			document.append(sources.get(i % sources.size())).append("\n\n");
			document.append("Deputy Defence Minister ")
				.append(madeUpName(i))
				.append(' ')
				.append(madeUpName(i * 7 + 3))
				.append(" said: \"Drill number ")
				.append(i)
				.append(" will be held near ")
				.append(madeUpName(i + 5))
				.append(".\"\n\n");
		}
		return document.substring(0, size);
	}

	private static String madeUpName(int seed) {
		String[] syllables = { "ka", "ro", "mi", "ten", "vor", "lin", "dra", "sel", "nov", "bar", "zen", "tu" };
		StringBuilder name = new StringBuilder();
		int rest = seed;
		for (int i = 0; i < 3; i++) {
			name.append(syllables[rest % syllables.length]);
			rest /= syllables.length;
		}
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static List<String> sources() throws IOException {
		List<String> sources = new ArrayList<>();
		for (String folder : List.of("src/test/resources/extraction/pages",
				"src/test/resources/extraction/evaluation")) {
			try (Stream<Path> pages = Files.list(Path.of(folder))) {
				for (Path page : pages.filter((path) -> path.toString().endsWith(".txt")).sorted().toList()) {
					sources.add(Files.readString(page, StandardCharsets.UTF_8));
				}
			}
		}
		return sources;
	}

	/**
	 * The sample page and each test page, cut or filled with the pages after it to about
	 * 4 kB, at a paragraph break where there is one.
	 */
	static List<String> fourKilobyteDocuments() throws IOException {
		List<String> sources = new ArrayList<>();
		sources.add(Files.readString(Path.of("src/main/resources/sample/000_fb8e1b19bee3b077.txt"),
				StandardCharsets.UTF_8));
		try (Stream<Path> pages = Files.list(Path.of("src/test/resources/extraction/pages"))) {
			for (Path page : pages.filter((path) -> path.toString().endsWith(".txt")).sorted().toList()) {
				sources.add(Files.readString(page, StandardCharsets.UTF_8));
			}
		}
		List<String> documents = new ArrayList<>();
		for (String source : sources) {
			documents.add(cutToSize(source, sources));
		}
		return documents;
	}

	private static String cutToSize(String first, List<String> others) {
		StringBuilder document = new StringBuilder(first);
		int next = 0;
		while (document.length() < DOCUMENT_CHARS) {
			document.append("\n\n").append(others.get(next++ % others.size()));
		}
		int end = document.lastIndexOf("\n\n", DOCUMENT_CHARS);
		return document.substring(0, (end > DOCUMENT_CHARS / 2) ? end : DOCUMENT_CHARS);
	}

}
