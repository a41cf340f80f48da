package app.briefings.ingestion;

import app.briefings.security.ApiKeyPrincipal;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The ingestion mutations; partners push documents in with their API key. */
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

}
