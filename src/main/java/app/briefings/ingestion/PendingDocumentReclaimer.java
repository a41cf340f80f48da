package app.briefings.ingestion;

import java.util.List;

import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.InconsistentDocuments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Completes, at start-up, every document whose briefings do not match its state (see
 * {@link InconsistentDocuments}): one whose ingestion was interrupted after the raw
 * document was stored (a crash, a shutdown, a database outage), or one a crash left
 * marked done without all its briefings. So no acknowledged document stays without its
 * briefings.
 */
@Component
@Order(0)
class PendingDocumentReclaimer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PendingDocumentReclaimer.class);

	private final InconsistentDocuments inconsistent;

	private final DocumentStore documents;

	private final IngestionService ingestion;

	PendingDocumentReclaimer(InconsistentDocuments inconsistent, DocumentStore documents, IngestionService ingestion) {
		this.inconsistent = inconsistent;
		this.documents = documents;
		this.ingestion = ingestion;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> ids = this.inconsistent.ids();
		for (String id : ids) {
			this.documents.findById(id).ifPresent(this.ingestion::completePending);
		}
		if (!ids.isEmpty()) {
			logger.info("Completed {} documents whose ingestion had been interrupted: {}", ids.size(), ids);
		}
	}

}
