package app.briefings.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.ingestion.IngestError;
import app.briefings.ingestion.IngestionResult;
import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.mongo.SharedCommit;
import com.mongodb.MongoException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The one place the command meets the ingestion service: ingests a batch of documents and
 * turns each result, or the failure, into an {@link ImportOutcome} with the error codes
 * the API uses: a new document, a correction of one stored under the same external id, a
 * duplicate, or a rejection naming the field at fault.
 */
class RecordIngestor {

	private final IngestionService ingestion;

	private final SharedCommit commit;

	RecordIngestor(IngestionService ingestion, SharedCommit commit) {
		this.ingestion = ingestion;
		this.commit = commit;
	}

	/**
	 * Ingests the documents together ({@link IngestionService#ingestTogether}), an
	 * outcome for each in order; a failure of the database or of the service rejects them
	 * all (importing again is safe: those stored come back as duplicates). The batch's
	 * writes share one commit on the embedded server ({@link SharedCommit}): the outcomes
	 * are counted only once it is in the file.
	 */
	List<ImportOutcome> ingestAll(List<IngestDocumentInput> documents, String partner) {
		try {
			List<ImportOutcome> outcomes = new ArrayList<>(documents.size());
			for (IngestionResult result : this.commit.around(() -> this.ingestion.ingestTogether(documents, partner))) {
				outcomes.add(outcomeOf(result));
			}
			return outcomes;
		}
		catch (RuntimeException ex) {
			return Collections.nCopies(documents.size(), failure(ex));
		}
	}

	private static ImportOutcome failure(RuntimeException failure) {
		if (failure instanceof ApiException ex) {
			return ImportOutcome.rejected(new Rejection(ex.code().name(), field(ex.details()), messageOf(ex)));
		}
		if (failure instanceof DataAccessResourceFailureException || failure instanceof MongoException) {
			return ImportOutcome.rejected(new Rejection(ErrorCode.UNAVAILABLE.name(), null,
					"the database is unavailable; import again to retry (" + messageOf(failure) + ")"));
		}
		return ImportOutcome.rejected(new Rejection(ErrorCode.INTERNAL_ERROR.name(), null, failure.toString()));
	}

	private static ImportOutcome outcomeOf(IngestionResult result) {
		return switch (result.outcome()) {
			case CREATED -> ImportOutcome.CREATED;
			case UPDATED -> ImportOutcome.UPDATED;
			case DUPLICATE -> ImportOutcome.DUPLICATE;
			case REJECTED -> ImportOutcome.rejected(rejectionOf(result.error()));
		};
	}

	private static Rejection rejectionOf(@Nullable IngestError error) {
		if (error == null) {
			return new Rejection(ErrorCode.INTERNAL_ERROR.name(), null, "rejected without a reason");
		}
		return new Rejection(error.code(), error.field(), error.message());
	}

	private static @Nullable String field(Map<String, Object> details) {
		Object field = details.get("field");
		return (field != null) ? field.toString() : null;
	}

	private static String messageOf(RuntimeException ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

}
