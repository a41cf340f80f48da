package app.briefings.ingestion.api;

import java.util.ArrayList;
import java.util.List;

import app.briefings.ingestion.IngestDocumentPayload;
import app.briefings.ingestion.IngestionResult;
import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.RetractDocumentPayload;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.security.ApiKeyPrincipal;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The ingestion mutations; partners push and retract documents with their API key. */
@Controller
class IngestionController {

	private final IngestionService ingestion;

	IngestionController(IngestionService ingestion) {
		this.ingestion = ingestion;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
	IngestDocumentPayload ingestDocument(@Argument IngestDocumentInput input,
			@AuthenticationPrincipal ApiKeyPrincipal caller) {
		return this.ingestion.ingest(input, caller.partner());
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
	IngestDocumentsPayload ingestDocuments(@Argument List<IngestDocumentInput> inputs,
			@AuthenticationPrincipal ApiKeyPrincipal caller) {
		List<IngestionResult> results = this.ingestion.ingestAll(inputs, caller.partner());
		List<IngestDocumentResult> indexed = new ArrayList<>(results.size());
		for (int index = 0; index < results.size(); index++) {
			indexed.add(new IngestDocumentResult(index, results.get(index)));
		}
		return new IngestDocumentsPayload(indexed);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
	RetractDocumentPayload retractDocument(@Argument String externalId,
			@AuthenticationPrincipal ApiKeyPrincipal caller) {
		return this.ingestion.retract(externalId, caller.partner());
	}

}
