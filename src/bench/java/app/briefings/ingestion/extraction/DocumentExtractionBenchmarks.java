package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole extraction pipeline (normalizing, segmenting, sentences, gazetteer, patterns,
 * quotes, dates) on one document of about 4 kB, taking the documents of
 * {@link ExtractionWorkloads} in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentExtractionBenchmarks {

	private DocumentExtractor extractor;

	private List<String> documents;

	private int next;

	@Setup
	public void setUp() throws IOException {
		this.extractor = new DocumentExtractor(KnowledgeBaseFiles.all());
		this.documents = ExtractionWorkloads.fourKilobyteDocuments();
	}

	@Benchmark
	public ExtractedDocument extractFourKilobyteDocument() {
		String document = this.documents.get(this.next);
		this.next = (this.next + 1) % this.documents.size();
		return this.extractor.extract(new ExtractionInput(document, null, null));
	}

}
