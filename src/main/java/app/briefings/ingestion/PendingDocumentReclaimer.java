package app.briefings.ingestion;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Completes, at start-up, documents whose ingestion was interrupted after the raw
 * document was stored (a crash, a shutdown, a database outage), so no acknowledged
 * document stays without its briefings.
 */
@Component
@Order(0)
class PendingDocumentReclaimer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PendingDocumentReclaimer.class);

	private final MongoOperations mongo;

	private final IngestionService ingestion;

	PendingDocumentReclaimer(MongoOperations mongo, IngestionService ingestion) {
		this.mongo = mongo;
		this.ingestion = ingestion;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<RawDocument> pending = this.mongo.find(new Query(Criteria.where("status").is(DocumentStatus.PENDING)),
				RawDocument.class);
		for (RawDocument document : pending) {
			this.ingestion.completePending(document);
		}
		if (!pending.isEmpty()) {
			logger.info("Completed {} documents whose ingestion had been interrupted", pending.size());
		}
	}

}
