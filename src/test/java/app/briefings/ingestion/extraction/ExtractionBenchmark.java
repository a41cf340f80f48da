package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction throughput on one thread, in CPU time, for documents of about 4 kB built
 * from the sample page and the test pages. A benchmark, not a test: Surefire's default
 * run skips it (its name does not end in {@code Tests}); run it with
 * {@code ./mvnw -B -q test -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints its figures and checks only that the work was done.
 */
class ExtractionBenchmark {

	private static final int DOCUMENT_CHARS = 4096;

	private static final int WARM_UP_ROUNDS = 300;

	private static final int MEASURED_ROUNDS = 2000;

	@Test
	void measureExtractionPerCore() throws IOException {
		List<String> documents = fourKilobyteDocuments();
		DocumentExtractor extractor = new DocumentExtractor(KnowledgeBaseFiles.all());
		run(extractor, documents, WARM_UP_ROUNDS);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuBefore = threads.getCurrentThreadCpuTime();
		long wallBefore = System.nanoTime();
		int items = run(extractor, documents, MEASURED_ROUNDS);
		double cpuMillisPerDocument = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / MEASURED_ROUNDS;
		double wallMillisPerDocument = (System.nanoTime() - wallBefore) / 1e6 / MEASURED_ROUNDS;
		double averageChars = documents.stream().mapToInt(String::length).average().orElse(0);
		System.out.printf(
				"[benchmark] extraction of %d documents of %.0f characters on average (%d distinct) on one "
						+ "thread: %.3f ms CPU per document, %.0f documents/s per core (wall %.3f ms per document)%n",
				MEASURED_ROUNDS, averageChars, documents.size(), cpuMillisPerDocument, 1000 / cpuMillisPerDocument,
				wallMillisPerDocument);
		assertThat(items).isGreaterThanOrEqualTo(MEASURED_ROUNDS);
	}

	private static int run(DocumentExtractor extractor, List<String> documents, int rounds) {
		int items = 0;
		for (int i = 0; i < rounds; i++) {
			items += extractor.extract(new ExtractionInput(documents.get(i % documents.size()), null, null))
				.items()
				.size();
		}
		return items;
	}

	private static List<String> fourKilobyteDocuments() throws IOException {
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
