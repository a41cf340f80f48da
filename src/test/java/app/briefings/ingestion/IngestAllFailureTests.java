package app.briefings.ingestion;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.ingestion.accounting.StageAccounting;
import app.briefings.ingestion.document.DocumentIdentity;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.extraction.ExtractedItem;
import app.briefings.ingestion.linking.LinkingExtractor;
import com.mongodb.MongoSocketWriteException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * A batch whose briefings cannot be written because the database fails mid-call answers
 * no document at all: the failure reaches the caller (as {@code UNAVAILABLE}) instead of
 * results saying documents were stored, and the documents already inserted stay
 * {@code PENDING} for the retry or the reclaimer to complete.
 */
class IngestAllFailureTests {

	private final DocumentStore documents = mock(DocumentStore.class);

	private final DocumentVersions versions = mock(DocumentVersions.class);

	private final LinkingExtractor extractor = mock(LinkingExtractor.class);

	private final DocumentIds ids = mock(DocumentIds.class);

	private final IngestionService ingestion = new IngestionService(this.documents, this.versions, this.extractor,
			this.ids, Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC), StageAccounting.off());

	@Test
	void shouldThrowTheDatabaseFailureAfterInsertingTheDocumentsPending() {
		given(this.ids.idOf(any())).willAnswer((call) -> "doc-" + call.<DocumentIdentity>getArgument(0).externalId());
		given(this.documents.storedBeforeInsert(anyList())).willReturn(Set.of());
		given(this.documents.insertAllUnlessStored(anyList())).willAnswer((call) -> idsOf(call.getArgument(0)));
		given(this.extractor.extract(any())).willReturn(new ExtractedDocument(List.of(item()), List.of()));
		MongoSocketWriteException failure = new MongoSocketWriteException("connection reset", new ServerAddress(),
				new IOException("reset"));
		given(this.versions.completeInsertedTogether(anyList(), anyList())).willThrow(failure);

		assertThatExceptionOfType(MongoSocketWriteException.class)
			.isThrownBy(() -> this.ingestion.ingestAll(List.of(input("a"), input("b"), input("c")), "wire"))
			.isSameAs(failure);

		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<RawDocument>> inserted = ArgumentCaptor.forClass(List.class);
		then(this.documents).should().insertAllUnlessStored(inserted.capture());
		assertThat(inserted.getValue()).extracting(RawDocument::id).containsExactly("doc-a", "doc-b", "doc-c");
		assertThat(inserted.getValue()).extracting(RawDocument::status).containsOnly(DocumentStatus.PENDING);
	}

	private static Set<String> idsOf(List<RawDocument> pending) {
		Set<String> inserted = new LinkedHashSet<>();
		for (RawDocument document : new ArrayList<>(pending)) {
			inserted.add(document.id());
		}
		return inserted;
	}

	private static IngestDocumentInput input(String externalId) {
		return new IngestDocumentInput("CSTO Secretary General Imangali Tasmagambetov said the training would begin.",
				"Wire", null, "2026-03-04", "en", externalId);
	}

	private static ExtractedItem item() {
		return new ExtractedItem("Training", "The training would begin.", null, "en", null, null, null, List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

}
