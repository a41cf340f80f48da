package app.briefings.ingestion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.graphql.error.ApiException;
import app.briefings.ingestion.document.DocumentIdentity;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.DocumentValidator;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.InvalidDocumentException;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.document.ValidatedDocument;
import app.briefings.ingestion.accounting.IngestionStage;
import app.briefings.ingestion.accounting.StageAccounting;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.linking.LinkingExtractor;

import org.springframework.stereotype.Service;

/**
 * Ingests raw documents idempotently without multi-document transactions. A document's
 * identity is its partner with its external ID, or with its content hash when it has
 * none; the document id is derived from it. A new document is inserted {@code PENDING},
 * its briefings upserted under ids derived from the document id and the item index, and
 * the document marked done. The same identity with the same text is a duplicate: nothing
 * is written and the stored briefings are returned, after completing the document if it
 * is still pending. The same external ID with another text is a correction: the document
 * moves to its next version, keeping the earlier text, and its briefings are rewritten in
 * place. See {@link DocumentStore} and {@link DocumentVersions} for how racing changes
 * and interruptions are made safe.
 */
@Service
public class IngestionService {

	/** The most documents one {@link #ingestAll} call takes. */
	public static final int MAX_BATCH_SIZE = 100;

	private static final int MAX_ATTEMPTS = 10;

	private final DocumentStore documents;

	private final DocumentVersions versions;

	private final LinkingExtractor extractor;

	private final DocumentIds ids;

	private final Clock clock;

	private final StageAccounting accounting;

	IngestionService(DocumentStore documents, DocumentVersions versions, LinkingExtractor extractor, DocumentIds ids,
			Clock clock, StageAccounting accounting) {
		this.accounting = accounting;
		this.documents = documents;
		this.ids = ids;
		this.versions = versions;
		this.extractor = extractor;
		this.clock = clock;
	}

	/**
	 * Ingests one document.
	 * @throws InvalidDocumentException for invalid input, before anything is stored
	 */
	public IngestDocumentPayload ingest(IngestDocumentInput input, String partner) {
		return this.accounting.measure(IngestionStage.SERVICE,
				() -> IngestDocumentPayload.of(ingestValid(DocumentValidator.validate(input, now()), partner, false)));
	}

	/**
	 * Ingests one document; invalid input, and a text extraction fails on, is not thrown
	 * but answered with a {@link IngestOutcome#REJECTED} result naming the field at
	 * fault, with nothing stored. Failures of the database are still thrown.
	 */
	public IngestionResult ingestOne(IngestDocumentInput input, String partner) {
		return this.accounting.measure(IngestionStage.SERVICE, () -> ingestOrReject(input, partner, false));
	}

	private IngestionResult ingestOrReject(IngestDocumentInput input, String partner, boolean knownStored) {
		try {
			return ingestValid(DocumentValidator.validate(input, now()), partner, knownStored);
		}
		catch (InvalidDocumentException | DocumentProcessingException ex) {
			return rejected(input, ex);
		}
	}

	/**
	 * Ingests up to {@value #MAX_BATCH_SIZE} documents of one call together
	 * ({@link #ingestTogether}): a result for each in input order, each the result
	 * {@link #ingestOne} would give it; one rejected document does not stop the others. A
	 * failure of the database is thrown and answers no document: the documents it left
	 * pending are completed by the caller's retry (as duplicates) or by
	 * {@link PendingDocumentReclaimer}.
	 * @throws TooManyDocumentsException for a larger batch, before anything is stored
	 */
	public List<IngestionResult> ingestAll(List<IngestDocumentInput> inputs, String partner) {
		if (inputs.size() > MAX_BATCH_SIZE) {
			throw new TooManyDocumentsException(inputs.size(), MAX_BATCH_SIZE);
		}
		return ingestTogether(inputs, partner);
	}

	/**
	 * Retracts the partner's document with this external ID and all its briefings;
	 * retracting it again changes nothing.
	 * @throws DocumentNotFoundException when the partner has no such document
	 */
	public RetractDocumentPayload retract(String externalId, String partner) {
		DocumentIdentity identity = new DocumentIdentity(partner, externalId, "");
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			RawDocument stored = this.documents.find(identity)
				.orElseThrow(() -> new DocumentNotFoundException(partner, externalId));
			if (stored.retracted()) {
				List<Briefing> retracted = (stored.status() == DocumentStatus.PENDING)
						? this.versions.completeRetraction(stored) : this.versions.current(stored.briefingIds());
				return new RetractDocumentPayload(stored.id(), retracted, true);
			}
			RawDocument retracting = this.documents.beginRetraction(stored);
			if (retracting != null) {
				return new RetractDocumentPayload(stored.id(), this.versions.completeRetraction(retracting), false);
			}
		}
		throw new IllegalStateException(
				"Document " + externalId + " of " + partner + " kept changing while being retracted");
	}

	/** Completes a stored document left pending by an interrupted ingestion. */
	List<Briefing> completePending(RawDocument stored) {
		return this.versions.completePending(stored);
	}

	/**
	 * Extracts a stored document again from its raw text with the knowledge base as it is
	 * now and rewrites the briefings of its current version in place, under the same ids.
	 * A retracted document stays retracted.
	 * @return how many briefings were written, 0 when no document has that id
	 */
	public int reextract(String documentId) {
		return this.documents.findById(documentId).map(this.versions::completePending).map(List::size).orElse(0);
	}

	/**
	 * Ingests documents as {@link #ingestOne} does, a result for each in input order, but
	 * stores the new ones together: one look-up, one insert of all of them, one bulk
	 * write of all their briefings, one batch of change-log entries and one update
	 * marking them done, instead of each of those per document. Each document still goes
	 * through its own states ({@code PENDING}, then {@code DONE}), so an interruption
	 * leaves the ones not yet done pending for a retry or the reclaimer. Documents stored
	 * before, and a second copy of a document in the same call, are ingested one by one
	 * afterwards. Failures of the database are thrown.
	 */
	public List<IngestionResult> ingestTogether(List<IngestDocumentInput> inputs, String partner) {
		return this.accounting.measure(IngestionStage.SERVICE, () -> new Together(inputs, partner).ingest());
	}

	/**
	 * Extracts and stores a valid document. A document that the insert alone finds when
	 * it is stored (one with an external ID) is not looked up first unless the caller
	 * knows it to be stored: a new one, the common case, costs one command less, and a
	 * duplicate or a correction is found by the insert's collision and pays one
	 * extraction. Should that extraction fail, the stored document is looked up after
	 * all, so a duplicate is answered as one whatever the extractor now makes of its
	 * text.
	 * @param knownStored whether the caller found the document stored (a batch's
	 * look-up), so that a duplicate is answered without an extraction
	 */
	private IngestionResult ingestValid(ValidatedDocument document, String partner, boolean knownStored) {
		Instant receivedAt = now();
		RawDocument candidate = RawDocument.pending(document, partner, receivedAt, this.ids);
		boolean lookedUp = knownStored || !DocumentStore.insertFindsStored(candidate.identity());
		Optional<RawDocument> known = lookedUp ? storedCopy(candidate) : Optional.empty();
		if (known.isPresent()) {
			return duplicate(known.get());
		}
		ExtractedDocument extracted;
		try {
			extracted = this.accounting.measure(IngestionStage.EXTRACTION, () -> extract(document));
		}
		catch (InvalidDocumentException | DocumentProcessingException ex) {
			Optional<RawDocument> stored = lookedUp ? Optional.empty() : storedCopy(candidate);
			return duplicate(stored.orElseThrow(() -> ex));
		}
		return store(document, candidate, extracted, receivedAt);
	}

	/** The document stored with the candidate's identity and text, if any. */
	private Optional<RawDocument> storedCopy(RawDocument candidate) {
		Optional<RawDocument> known = this.accounting.measure(IngestionStage.LOOKUP,
				() -> this.documents.findBeforeInsert(candidate.identity()));
		return known.filter((stored) -> stored.contentHash().equals(candidate.contentHash()));
	}

	/**
	 * Inserts an extracted document, or completes or corrects the one stored with its
	 * identity.
	 */
	private IngestionResult store(ValidatedDocument document, RawDocument candidate, ExtractedDocument extracted,
			Instant receivedAt) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Optional<RawDocument> stored = this.accounting.measure(IngestionStage.INSERT,
					() -> this.documents.insertUnlessStored(candidate));
			if (stored.isEmpty()) {
				return IngestionResult.stored(IngestOutcome.CREATED, candidate,
						this.versions.completeInserted(candidate, extracted));
			}
			if (stored.get().contentHash().equals(candidate.contentHash())) {
				return duplicate(stored.get(), extracted);
			}
			RawDocument corrected = this.documents.beginCorrection(stored.get(), document, receivedAt);
			if (corrected != null) {
				return IngestionResult.stored(IngestOutcome.UPDATED, corrected,
						this.versions.complete(corrected, extracted));
			}
		}
		throw new IllegalStateException(
				"Document " + candidate.id() + " kept changing while a correction of it was being stored");
	}

	private ExtractedDocument extract(ValidatedDocument document) {
		ExtractedDocument extracted = extractOrFail(document);
		if (extracted.items().isEmpty()) {
			throw new InvalidDocumentException("text", "text holds no news item, only navigation or boilerplate");
		}
		return extracted;
	}

	private ExtractedDocument extractOrFail(ValidatedDocument document) {
		try {
			return this.extractor.extract(document.extractionInput());
		}
		catch (RuntimeException ex) {
			throw DocumentProcessingException.logged(ex);
		}
	}

	/**
	 * A duplicate that raced its first copy: completes it from the text already
	 * extracted.
	 */
	private IngestionResult duplicate(RawDocument stored, ExtractedDocument extracted) {
		if (stored.status() != DocumentStatus.PENDING || stored.retracted()) {
			return duplicate(stored);
		}
		return IngestionResult.stored(IngestOutcome.DUPLICATE, stored, this.versions.complete(stored, extracted));
	}

	/**
	 * The stored result of a document received again; completes it first when it is
	 * pending, or when a crash left it done without all its briefings.
	 */
	private IngestionResult duplicate(RawDocument stored) {
		if (stored.status() == DocumentStatus.PENDING) {
			return IngestionResult.stored(IngestOutcome.DUPLICATE, stored, this.versions.completePending(stored));
		}
		List<Briefing> briefings = this.versions.current(stored.briefingIds());
		if (stored.status() == DocumentStatus.DONE && briefings.size() < stored.briefingIds().size()) {
			briefings = this.versions.completePending(stored);
		}
		return IngestionResult.stored(IngestOutcome.DUPLICATE, stored, briefings);
	}

	private static IngestionResult rejected(IngestDocumentInput input, ApiException ex) {
		Object field = ex.details().get("field");
		return IngestionResult.rejected(input.externalId(), new IngestError(ex.code().name(),
				(field != null) ? field.toString() : null, String.valueOf(ex.getMessage())));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * One {@link #ingestTogether} call: sorts the inputs into rejected, new and the rest,
	 * stores the new ones together and the rest one by one.
	 */
	private final class Together {

		private final List<IngestDocumentInput> inputs;

		private final String partner;

		private final IngestionResult[] results;

		private final List<Integer> oneByOne = new ArrayList<>();

		Together(List<IngestDocumentInput> inputs, String partner) {
			this.inputs = inputs;
			this.partner = partner;
			this.results = new IngestionResult[inputs.size()];
		}

		List<IngestionResult> ingest() {
			Instant receivedAt = now();
			Map<Integer, ValidatedDocument> valid = validate(receivedAt);
			Map<Integer, RawDocument> candidates = new LinkedHashMap<>();
			Set<String> seen = new HashSet<>();
			for (Map.Entry<Integer, ValidatedDocument> entry : valid.entrySet()) {
				RawDocument candidate = RawDocument.pending(entry.getValue(), this.partner, receivedAt,
						IngestionService.this.ids);
				if (seen.add(candidate.id())) {
					candidates.put(entry.getKey(), candidate);
				}
				else {
					this.oneByOne.add(entry.getKey());
				}
			}
			storeNew(unknown(candidates), valid, receivedAt);
			this.oneByOne.sort(null);
			for (int index : this.oneByOne) {
				this.results[index] = IngestionService.this.accounting.measure(IngestionStage.SERVICE,
						() -> ingestOrReject(this.inputs.get(index), this.partner, true));
			}
			return List.of(this.results);
		}

		private Map<Integer, ValidatedDocument> validate(Instant receivedAt) {
			Map<Integer, ValidatedDocument> valid = new LinkedHashMap<>();
			for (int index = 0; index < this.inputs.size(); index++) {
				try {
					valid.put(index, DocumentValidator.validate(this.inputs.get(index), receivedAt));
				}
				catch (InvalidDocumentException ex) {
					this.results[index] = rejected(this.inputs.get(index), ex);
				}
			}
			return valid;
		}

		/** The candidates no document is stored for yet; the others go one by one. */
		private Map<Integer, RawDocument> unknown(Map<Integer, RawDocument> candidates) {
			List<DocumentIdentity> identities = new ArrayList<>(candidates.size());
			for (RawDocument candidate : candidates.values()) {
				identities.add(candidate.identity());
			}
			Set<String> stored = IngestionService.this.accounting.measure(IngestionStage.LOOKUP,
					() -> IngestionService.this.documents.storedBeforeInsert(identities));
			Map<Integer, RawDocument> unknown = new LinkedHashMap<>();
			for (Map.Entry<Integer, RawDocument> entry : candidates.entrySet()) {
				if (stored.contains(entry.getValue().id())) {
					this.oneByOne.add(entry.getKey());
				}
				else {
					unknown.put(entry.getKey(), entry.getValue());
				}
			}
			return unknown;
		}

		private void storeNew(Map<Integer, RawDocument> unknown, Map<Integer, ValidatedDocument> valid,
				Instant receivedAt) {
			Map<Integer, ExtractedDocument> extracted = new LinkedHashMap<>();
			for (Integer index : unknown.keySet()) {
				try {
					ValidatedDocument document = valid.get(index);
					extracted.put(index, IngestionService.this.accounting.measure(IngestionStage.EXTRACTION,
							() -> extract(document)));
				}
				catch (InvalidDocumentException | DocumentProcessingException ex) {
					this.results[index] = rejected(this.inputs.get(index), ex);
				}
			}
			List<RawDocument> pending = new ArrayList<>(extracted.size());
			for (Integer index : extracted.keySet()) {
				pending.add(unknown.get(index));
			}
			Set<String> inserted = IngestionService.this.accounting.measure(IngestionStage.INSERT,
					() -> IngestionService.this.documents.insertAllUnlessStored(pending));
			List<RawDocument> insertedDocuments = new ArrayList<>(inserted.size());
			List<ExtractedDocument> insertedExtractions = new ArrayList<>(inserted.size());
			List<Integer> insertedIndexes = new ArrayList<>(inserted.size());
			for (Map.Entry<Integer, ExtractedDocument> entry : extracted.entrySet()) {
				RawDocument candidate = unknown.get(entry.getKey());
				if (inserted.contains(candidate.id())) {
					insertedDocuments.add(candidate);
					insertedExtractions.add(entry.getValue());
					insertedIndexes.add(entry.getKey());
				}
				else {
					this.results[entry.getKey()] = store(valid.get(entry.getKey()), candidate, entry.getValue(),
							receivedAt);
				}
			}
			List<List<Briefing>> briefings = IngestionService.this.versions.completeInsertedTogether(insertedDocuments,
					insertedExtractions);
			for (int position = 0; position < insertedIndexes.size(); position++) {
				this.results[insertedIndexes.get(position)] = IngestionResult.stored(IngestOutcome.CREATED,
						insertedDocuments.get(position), briefings.get(position));
			}
		}

	}

}
