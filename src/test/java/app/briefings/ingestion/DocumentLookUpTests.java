package app.briefings.ingestion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.ingestion.accounting.StageAccounting;
import app.briefings.ingestion.document.ContentHash;
import app.briefings.ingestion.document.DocumentIdentity;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.extraction.ExtractedItem;
import app.briefings.ingestion.linking.LinkingExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * When a single document is looked up before it is extracted: a document with an external
 * ID is not, since its insert collides with any stored copy; one without is, since a copy
 * stored under an older id collides with nothing. A duplicate is answered as one either
 * way, also when the extractor no longer finds an item in its text, and a document a
 * batch found stored is answered without an extraction.
 */
class DocumentLookUpTests {

	private static final String TEXT = "CSTO Secretary General Imangali Tasmagambetov said the training would begin.";

	private final DocumentStore documents = mock(DocumentStore.class);

	private final DocumentVersions versions = mock(DocumentVersions.class);

	private final LinkingExtractor extractor = mock(LinkingExtractor.class);

	private final DocumentIds ids = mock(DocumentIds.class);

	private final Briefing storedBriefing = mock(Briefing.class);

	private final IngestionService ingestion = new IngestionService(this.documents, this.versions, this.extractor,
			this.ids, Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC), StageAccounting.off());

	@BeforeEach
	void derivedIds() {
		given(this.ids.idOf(any())).willAnswer((call) -> "doc-" + call.<DocumentIdentity>getArgument(0).externalId());
	}

	@Test
	void shouldInsertANewDocumentWithAnExternalIdWithoutLookingItUpFirst() {
		given(this.extractor.extract(any())).willReturn(new ExtractedDocument(List.of(item()), List.of()));
		given(this.documents.insertUnlessStored(any())).willReturn(Optional.empty());
		given(this.versions.completeInserted(any(), any())).willReturn(List.of(this.storedBriefing));

		IngestionResult result = this.ingestion.ingestOne(input("a"), "wire");

		assertThat(result.outcome()).isEqualTo(IngestOutcome.CREATED);
		assertThat(result.briefings()).containsExactly(this.storedBriefing);
		then(this.documents).should(never()).findBeforeInsert(any());
		then(this.documents).should(never()).find(any());
	}

	@Test
	void shouldAnswerADuplicateWhoseTextNoLongerHoldsAnItemWithItsStoredBriefings() {
		given(this.extractor.extract(any())).willReturn(new ExtractedDocument(List.of(), List.of()));
		given(this.documents.findBeforeInsert(any())).willReturn(Optional.of(stored("a")));
		given(this.versions.current(List.of("doc-a-0"))).willReturn(List.of(this.storedBriefing));

		IngestionResult result = this.ingestion.ingestOne(input("a"), "wire");

		assertThat(result.outcome()).isEqualTo(IngestOutcome.DUPLICATE);
		assertThat(result.briefings()).containsExactly(this.storedBriefing);
		then(this.documents).should(never()).insertUnlessStored(any());
	}

	@Test
	void shouldRejectANewDocumentWhoseTextHoldsNoItemAfterLookingForAStoredCopy() {
		given(this.extractor.extract(any())).willReturn(new ExtractedDocument(List.of(), List.of()));
		given(this.documents.findBeforeInsert(any())).willReturn(Optional.empty());

		IngestionResult result = this.ingestion.ingestOne(input("a"), "wire");

		assertThat(result.outcome()).isEqualTo(IngestOutcome.REJECTED);
		assertThat(result.error()).isNotNull();
		assertThat(result.error().code()).isEqualTo("BAD_USER_INPUT");
		assertThat(result.error().field()).isEqualTo("text");
		then(this.documents).should(never()).insertUnlessStored(any());
	}

	@Test
	void shouldLookUpADocumentWithoutAnExternalIdBeforeExtractingIt() {
		given(this.documents.findBeforeInsert(any())).willReturn(Optional.of(stored(null)));
		given(this.versions.current(List.of("doc-null-0"))).willReturn(List.of(this.storedBriefing));

		IngestionResult result = this.ingestion.ingestOne(input(null), "wire");

		assertThat(result.outcome()).isEqualTo(IngestOutcome.DUPLICATE);
		assertThat(result.briefings()).containsExactly(this.storedBriefing);
		then(this.extractor).should(never()).extract(any());
		then(this.documents).should(never()).insertUnlessStored(any());
	}

	@Test
	void shouldAnswerADocumentABatchFoundStoredWithoutExtractingIt() {
		given(this.documents.storedBeforeInsert(anyList())).willReturn(Set.of("doc-a"));
		given(this.documents.findBeforeInsert(any())).willReturn(Optional.of(stored("a")));
		given(this.versions.current(List.of("doc-a-0"))).willReturn(List.of(this.storedBriefing));

		List<IngestionResult> results = this.ingestion.ingestAll(List.of(input("a")), "wire");

		assertThat(results).singleElement().satisfies((result) -> {
			assertThat(result.outcome()).isEqualTo(IngestOutcome.DUPLICATE);
			assertThat(result.briefings()).containsExactly(this.storedBriefing);
		});
		then(this.extractor).should(never()).extract(any());
		then(this.documents).should(never()).insertUnlessStored(any());
	}

	private static RawDocument stored(String externalId) {
		DocumentIdentity identity = new DocumentIdentity("wire", externalId, ContentHash.of(TEXT));
		return new RawDocument("doc-" + externalId, "wire", externalId, identity.externalKey(), identity.contentHash(),
				TEXT, "Wire", null, null, "en", Instant.parse("2026-03-01T00:00:00Z"), DocumentStatus.DONE,
				List.of("doc-" + externalId + "-0"), RawDocument.FIRST_VERSION, null, false, List.of());
	}

	private static IngestDocumentInput input(String externalId) {
		return new IngestDocumentInput(TEXT, "Wire", null, "2026-03-04", "en", externalId);
	}

	private static ExtractedItem item() {
		return new ExtractedItem("Training", "The training would begin.", null, "en", null, null, null, List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

}
