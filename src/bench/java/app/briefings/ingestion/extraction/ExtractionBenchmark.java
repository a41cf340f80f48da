package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction throughput on one thread, in CPU time, for documents of about 4 kB built
 * from the sample page and the test pages, and how the time per kB holds from 10 kB to 1
 * MB. A benchmark, not a test: it lives with the other benchmarks under
 * {@code src/bench/java}, compiled only under the Maven profile {@code bench}; run it with
 * {@code ./mvnw -B -q -Pbench test -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Its documents come from {@link ExtractionWorkloads}.
 * <p>
 * It extracts {@value #WARM_UP_ROUNDS} warm-up rounds, then {@value #MEASURED_ROUNDS}
 * measured rounds of {@value #DOCUMENTS_PER_ROUND} documents each, and prints the CPU
 * time of the benchmark thread per document and the documents per second per core that it
 * makes, as the median and the best of the measured rounds. CPU time rather than wall
 * time keeps other processes on a shared machine out of the figures, though they still
 * slow the thread down through shared caches. It checks only that the work was done.
 */
class ExtractionBenchmark {

	private static final int WARM_UP_ROUNDS = 3;

	private static final int MEASURED_ROUNDS = 7;

	private static final int DOCUMENTS_PER_ROUND = 500;

	private static final String SCALING_SIZES_DESCRIPTION = "10 kB, 100 kB and 1 MB";

	private static final int[] SCALING_SIZES = { 10_000, 100_000, 1_000_000 };

	private static final int SCALING_PASSES = 3;

	@Test
	void measureExtractionPerCore() throws IOException {
		List<String> documents = ExtractionWorkloads.fourKilobyteDocuments();
		DocumentExtractor extractor = new DocumentExtractor(KnowledgeBaseFiles.all());
		printDocuments(documents);
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			run(extractor, documents, DOCUMENTS_PER_ROUND);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] cpuMillisPerDocument = new double[MEASURED_ROUNDS];
		int items = 0;
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			long cpuBefore = threads.getCurrentThreadCpuTime();
			items += run(extractor, documents, DOCUMENTS_PER_ROUND);
			cpuMillisPerDocument[round] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / DOCUMENTS_PER_ROUND;
		}
		Arrays.sort(cpuMillisPerDocument);
		double median = cpuMillisPerDocument[MEASURED_ROUNDS / 2];
		double best = cpuMillisPerDocument[0];
		System.out.printf(
				"[benchmark] %d warm-up and %d measured rounds of %d documents on one thread; CPU per document: "
						+ "median %.3f ms, best %.3f ms; documents/s per core: median %.0f, best %.0f%n",
				WARM_UP_ROUNDS, MEASURED_ROUNDS, DOCUMENTS_PER_ROUND, median, best, 1000 / median, 1000 / best);
		assertThat(items).isGreaterThanOrEqualTo(MEASURED_ROUNDS * DOCUMENTS_PER_ROUND);
	}

	/**
	 * CPU time per kilobyte of text at {@value #SCALING_SIZES_DESCRIPTION}, on documents
	 * made of the sample and test pages with a titled speaker of a different name and a
	 * quotation between them, so that the names and quotations grow with the text. Every
	 * size is extracted once unmeasured, then {@value #SCALING_PASSES} times measured,
	 * and the median is printed: work linear in the text size gives about the same figure
	 * at every size.
	 */
	@Test
	void measureMillisecondsPerKilobyte() throws IOException {
		DocumentExtractor extractor = new DocumentExtractor(KnowledgeBaseFiles.all());
		measureScaling(extractor, "pages", false);
		measureScaling(extractor, "one paragraph", true);
	}

	/**
	 * Prints the median CPU time per kB at each size, for the documents as built or with
	 * their line breaks made spaces, which turns them into one item of one paragraph.
	 */
	private static void measureScaling(DocumentExtractor extractor, String shape, boolean oneParagraph)
			throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String[] documents = new String[SCALING_SIZES.length];
		for (int i = 0; i < SCALING_SIZES.length; i++) {
			String built = ExtractionWorkloads.documentOf(SCALING_SIZES[i]);
			documents[i] = oneParagraph ? built.replace('\n', ' ') : built;
			extractor.extract(new ExtractionInput(documents[i], null, null));
		}
		double[] perKilobyte = new double[SCALING_SIZES.length];
		for (int i = 0; i < SCALING_SIZES.length; i++) {
			double[] passes = new double[SCALING_PASSES];
			int items = 0;
			for (int pass = 0; pass < SCALING_PASSES; pass++) {
				long cpuBefore = threads.getCurrentThreadCpuTime();
				ExtractedDocument extracted = extractor.extract(new ExtractionInput(documents[i], null, null));
				passes[pass] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
				items = extracted.items().size();
				assertThat(extracted.items()).isNotEmpty();
			}
			Arrays.sort(passes);
			double millis = passes[SCALING_PASSES / 2];
			perKilobyte[i] = millis / (documents[i].length() / 1000.0);
			System.out.printf("[benchmark] %s, %,d characters: median %.0f ms CPU, %.2f ms per kB, %d items%n", shape,
					documents[i].length(), millis, perKilobyte[i], items);
		}
		double spread = Arrays.stream(perKilobyte).max().orElseThrow() / Arrays.stream(perKilobyte).min().orElseThrow();
		System.out.printf("[benchmark] %s: per-kB spread (largest / smallest) %.2f%n", shape, spread);
	}

	private static void printDocuments(List<String> documents) {
		IntSummaryStatistics bytes = documents.stream()
			.mapToInt((document) -> document.getBytes(StandardCharsets.UTF_8).length)
			.summaryStatistics();
		IntSummaryStatistics chars = documents.stream().mapToInt(String::length).summaryStatistics();
		System.out.printf(
				"[benchmark] %d distinct documents, taken in turn: %.0f characters (%.0f bytes of UTF-8) on "
						+ "average, %d to %d bytes%n",
				documents.size(), chars.getAverage(), bytes.getAverage(), bytes.getMin(), bytes.getMax());
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

}
