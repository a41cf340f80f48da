package app.briefings.ingestion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.ingestion.extraction.EntityRef;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.extraction.ExtractedItem;
import app.briefings.ingestion.extraction.ExtractedMention;
import app.briefings.ingestion.extraction.ExtractedQuote;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Ingests raw documents idempotently without multi-document transactions: the raw
 * document is inserted first under unique keys (content hash, partner and external id) in
 * a pending state; its briefings are then upserted under ids derived from the document id
 * and the item index, and the document is marked done. A duplicate, also one racing its
 * first copy, finds the stored document and completes it if still pending, so it always
 * returns the full set of briefings and never creates a second one.
 */
@Service
public class IngestionService {

	private final MongoOperations mongo;

	private final BriefingRepository briefings;

	private final LinkingExtractor extractor;

	private final EntityRegistry entities;

	private final ApplicationEventPublisher events;

	private final QuoteSpeakerCorrections corrections;

	private final Clock clock;

	IngestionService(MongoOperations mongo, BriefingRepository briefings, LinkingExtractor extractor,
			EntityRegistry entities, ApplicationEventPublisher events, QuoteSpeakerCorrections corrections) {
		this.corrections = corrections;
		this.mongo = mongo;
		this.briefings = briefings;
		this.extractor = extractor;
		this.entities = entities;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	public IngestDocumentPayload ingest(IngestDocumentInput input, String partner) {
		ValidatedDocument document = DocumentValidator.validate(input);
		ExtractedDocument extracted = this.extractor.extract(document.extractionInput());
		if (extracted.items().isEmpty()) {
			throw new InvalidDocumentException("text", "text holds no news item, only navigation or boilerplate");
		}
		RawDocument pending = RawDocument.pending(document, partner, now());
		Optional<RawDocument> stored = insertUnlessStored(pending);
		if (stored.isPresent()) {
			return new IngestDocumentPayload(briefingsOf(stored.get()), true);
		}
		return new IngestDocumentPayload(complete(pending, extracted), false);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private Optional<RawDocument> insertUnlessStored(RawDocument pending) {
		try {
			this.mongo.insert(pending);
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			return Optional.of(findStored(pending));
		}
	}

	private RawDocument findStored(RawDocument pending) {
		RawDocument byHash = this.mongo.findById(pending.id(), RawDocument.class);
		if (byHash != null) {
			return byHash;
		}
		RawDocument byExternalKey = this.mongo
			.findOne(new Query(Criteria.where("externalKey").is(pending.externalKey())), RawDocument.class);
		if (byExternalKey == null) {
			throw new IllegalStateException(
					"Document " + pending.id() + " collided with a document that cannot be found");
		}
		return byExternalKey;
	}

	private List<Briefing> briefingsOf(RawDocument stored) {
		if (stored.status() == DocumentStatus.DONE) {
			return this.briefings.findByDocumentIdOrderByItemIndex(stored.id());
		}
		return completePending(stored);
	}

	/** Extracts a stored document again from its raw text and writes its briefings. */
	List<Briefing> completePending(RawDocument stored) {
		return complete(stored, this.extractor.extract(stored.extractionInput()));
	}

	/**
	 * Extracts a stored document again from its raw text with the knowledge base as it is
	 * now and rewrites its briefings in place, under the same ids.
	 * @return how many briefings were written, 0 when no document has that id
	 */
	public int reextract(String documentId) {
		RawDocument stored = this.mongo.findById(documentId, RawDocument.class);
		return (stored != null) ? completePending(stored).size() : 0;
	}

	/** Writes the document's briefings and marks it done; safe to repeat. */
	private List<Briefing> complete(RawDocument document, ExtractedDocument extracted) {
		Map<EntityRef, String> entityIds = this.entities.idsFor(referencesIn(extracted), rolesIn(extracted));
		BriefingAssembler assembler = new BriefingAssembler(document, entityIds,
				this.corrections.forDocument(document.id()));
		List<Briefing> written = new ArrayList<>(extracted.items().size());
		for (int index = 0; index < extracted.items().size(); index++) {
			written.add(this.briefings.save(assembler.assemble(index, extracted.items().get(index))));
		}
		markDone(document, written);
		this.events.publishEvent(EntityCandidatesFound.of(document.id(), written, extracted.items()));
		return written;
	}

	private void markDone(RawDocument document, List<Briefing> written) {
		List<String> ids = new ArrayList<>(written.size());
		for (Briefing briefing : written) {
			ids.add(briefing.id());
		}
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(document.id())),
				new Update().set("status", DocumentStatus.DONE).set("briefingIds", ids), RawDocument.class);
		this.events.publishEvent(new DocumentIngested(document.id(), ids));
	}

	private static List<EntityRef> referencesIn(ExtractedDocument extracted) {
		Set<EntityRef> references = new LinkedHashSet<>();
		for (ExtractedItem item : extracted.items()) {
			for (ExtractedMention mention : item.mentions()) {
				references.add(mention.entity());
			}
			for (ExtractedQuote quote : item.quotes()) {
				if (quote.speaker() != null) {
					references.add(quote.speaker());
				}
			}
		}
		return List.copyOf(references);
	}

	private static Map<EntityRef, String> rolesIn(ExtractedDocument extracted) {
		Map<EntityRef, String> roles = new HashMap<>();
		for (ExtractedItem item : extracted.items()) {
			for (ExtractedMention mention : item.mentions()) {
				if (mention.role() != null) {
					roles.putIfAbsent(mention.entity(), mention.role());
				}
			}
		}
		return roles;
	}

}
