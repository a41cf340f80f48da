package app.briefings.importer;

import java.util.Map;

import app.briefings.graphql.ApiException;
import app.briefings.graphql.ErrorCode;
import app.briefings.ingestion.IngestDocumentInput;
import app.briefings.ingestion.IngestDocumentPayload;
import app.briefings.ingestion.IngestionService;
import com.mongodb.MongoException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The one place the command meets the ingestion service: ingests a document and turns the
 * answer, or the failure, into an {@link ImportOutcome} with the error codes the API
 * uses. The service reports a duplicate or a new document; it does not yet tell a
 * correction apart, so {@link ImportOutcome.Kind#UPDATED} is never returned here.
 */
class RecordIngestor {

	private final IngestionService ingestion;

	RecordIngestor(IngestionService ingestion) {
		this.ingestion = ingestion;
	}

	ImportOutcome ingest(IngestDocumentInput document, String partner) {
		try {
			IngestDocumentPayload payload = this.ingestion.ingest(document, partner);
			return payload.duplicate() ? ImportOutcome.DUPLICATE : ImportOutcome.CREATED;
		}
		catch (ApiException ex) {
			return ImportOutcome.rejected(new Rejection(ex.code().name(), field(ex.details()), messageOf(ex)));
		}
		catch (DataAccessResourceFailureException | MongoException ex) {
			return ImportOutcome.rejected(new Rejection(ErrorCode.UNAVAILABLE.name(), null,
					"the database is unavailable; import again to retry (" + messageOf(ex) + ")"));
		}
		catch (RuntimeException ex) {
			return ImportOutcome.rejected(new Rejection(ErrorCode.INTERNAL_ERROR.name(), null, ex.toString()));
		}
	}

	private static @Nullable String field(Map<String, Object> details) {
		Object field = details.get("field");
		return (field != null) ? field.toString() : null;
	}

	private static String messageOf(RuntimeException ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

}
