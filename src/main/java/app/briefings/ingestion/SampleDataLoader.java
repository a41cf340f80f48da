package app.briefings.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import app.briefings.ingestion.document.IngestDocumentInput;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Ingests the sample page at start-up through the same service as the mutation, so a new
 * installation shows data at once. Idempotent: later starts find it stored.
 */
@Component
@ConditionalOnBooleanProperty(name = "briefings.sample-data.enabled", matchIfMissing = true)
@Order(1)
class SampleDataLoader implements ApplicationRunner {

	static final String SAMPLE = "sample/000_fb8e1b19bee3b077.txt";

	static final String PARTNER = "sample-data";

	private static final Logger logger = LoggerFactory.getLogger(SampleDataLoader.class);

	private final IngestionService ingestion;

	SampleDataLoader(IngestionService ingestion) {
		this.ingestion = ingestion;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		IngestDocumentInput sample = new IngestDocumentInput(read(), "Sample page", null, null, null, SAMPLE);
		IngestDocumentPayload payload = this.ingestion.ingest(sample, PARTNER);
		logger.info("Sample page {}: {} briefings", payload.duplicate() ? "already stored" : "ingested",
				payload.briefings().size());
	}

	private static String read() throws IOException {
		try (InputStream input = new ClassPathResource(SAMPLE).getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
