package app.briefings.ingestion;

import java.util.List;

import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.InconsistentDocuments;
import app.briefings.mongo.ShutdownHistory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Completes, at start-up, every document whose briefings do not match its state (see
 * {@link InconsistentDocuments}): one whose ingestion was interrupted after the raw
 * document was stored (a crash, a shutdown, a database outage), or one a crash left
 * marked done without all its briefings. So no acknowledged document stays without its
 * briefings. After a clean shutdown of the embedded file storage
 * ({@link ShutdownHistory}) only the documents still pending are completed, without
 * reading every briefing.
 */
@Component
@Order(0)
class PendingDocumentReclaimer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PendingDocumentReclaimer.class);

	private final InconsistentDocuments inconsistent;

	private final DocumentStore documents;

	private final IngestionService ingestion;

	private final ObjectProvider<ShutdownHistory> shutdownHistory;

	PendingDocumentReclaimer(InconsistentDocuments inconsistent, DocumentStore documents, IngestionService ingestion,
			ObjectProvider<ShutdownHistory> shutdownHistory) {
		this.inconsistent = inconsistent;
		this.documents = documents;
		this.ingestion = ingestion;
		this.shutdownHistory = shutdownHistory;
	}

	@Override
	public void run(ApplicationArguments args) {
		ShutdownHistory history = this.shutdownHistory.getIfAvailable();
		boolean closedCleanly = history != null && history.closedCleanlyBeforeThisStart();
		List<String> ids = closedCleanly ? this.inconsistent.pendingIds() : this.inconsistent.ids();
		for (String id : ids) {
			this.documents.findById(id).ifPresent(this.ingestion::completePending);
		}
		if (!ids.isEmpty()) {
			logger.info("Completed {} documents whose ingestion had been interrupted: {}", ids.size(), ids);
		}
	}

}
