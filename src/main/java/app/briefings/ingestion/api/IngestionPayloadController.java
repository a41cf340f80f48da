package app.briefings.ingestion.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.ingestion.IngestDocumentPayload;
import app.briefings.ingestion.RetractDocumentPayload;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code record} field of the ingestion payloads: the ingestion record of the
 * document the mutation stored or retracted, which its caller sent and so may see.
 */
@Controller
class IngestionPayloadController {

	private final IngestionRecords records;

	IngestionPayloadController(IngestionRecords records) {
		this.records = records;
	}

	@SchemaMapping(typeName = "IngestDocumentPayload")
	@Nullable IngestionRecord record(IngestDocumentPayload payload) {
		return single(payload.documentId());
	}

	@SchemaMapping(typeName = "RetractDocumentPayload")
	@Nullable IngestionRecord record(RetractDocumentPayload payload) {
		return single(payload.documentId());
	}

	@BatchMapping(typeName = "IngestDocumentResult")
	Map<IngestDocumentResult, IngestionRecord> record(List<IngestDocumentResult> results) {
		List<String> ids = new ArrayList<>();
		for (IngestDocumentResult result : results) {
			if (result.documentId() != null) {
				ids.add(result.documentId());
			}
		}
		Map<String, IngestionRecord> byId = new HashMap<>();
		this.records.findByIds(ids).forEach((record) -> byId.put(record.id(), record));
		Map<IngestDocumentResult, IngestionRecord> found = new LinkedHashMap<>();
		for (IngestDocumentResult result : results) {
			IngestionRecord record = (result.documentId() != null) ? byId.get(result.documentId()) : null;
			if (record != null) {
				found.put(result, record);
			}
		}
		return found;
	}

	private @Nullable IngestionRecord single(String documentId) {
		List<IngestionRecord> found = this.records.findByIds(List.of(documentId));
		return found.isEmpty() ? null : found.get(0);
	}

}
