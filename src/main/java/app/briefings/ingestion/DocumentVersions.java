package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.ingestion.accounting.IngestionStage;
import app.briefings.ingestion.accounting.StageAccounting;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.extraction.EntityRef;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.extraction.ExtractedItem;
import app.briefings.ingestion.extraction.ExtractedMention;
import app.briefings.ingestion.extraction.ExtractedQuote;
import app.briefings.ingestion.extraction.RemovedLine;
import app.briefings.ingestion.linking.BriefingAssembler;
import app.briefings.ingestion.linking.BriefingWriter;
import app.briefings.ingestion.linking.EntityRegistry;
import app.briefings.ingestion.linking.LinkingExtractor;
import app.briefings.sync.BriefingChangeKind;
import app.briefings.sync.BriefingChangeLog;
import app.briefings.sync.LoggedEntries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Completes one version of a stored document, safely repeated: writes the briefings of
 * its items (or, for a retraction, none), retracts those an earlier version left behind,
 * logs every briefing it changed in the change log, marks the version finished and
 * announces those briefings. A writer that finds its version overtaken retracts what it
 * left behind against the current version.
 */
@Component
class DocumentVersions {

	private final DocumentStore documents;

	private final BriefingWriter writer;

	private final BriefingRepository briefings;

	private final LinkingExtractor extractor;

	private final EntityRegistry entities;

	private final ApplicationEventPublisher events;

	private final EditorialDecisions decisions;

	private final BriefingChangeLog changeLog;

	private final StageAccounting accounting;

	DocumentVersions(DocumentStore documents, BriefingWriter writer, BriefingRepository briefings,
			LinkingExtractor extractor, EntityRegistry entities, ApplicationEventPublisher events,
			EditorialDecisions decisions, BriefingChangeLog changeLog, StageAccounting accounting) {
		this.accounting = accounting;
		this.decisions = decisions;
		this.changeLog = changeLog;
		this.documents = documents;
		this.writer = writer;
		this.briefings = briefings;
		this.extractor = extractor;
		this.entities = entities;
		this.events = events;
	}

	/** Completes a stored document left pending, extracting its text again if needed. */
	List<Briefing> completePending(RawDocument document) {
		if (document.retracted()) {
			return completeRetraction(document);
		}
		return complete(document, this.extractor.extract(document.extractionInput()));
	}

	/** Writes the briefings of the document's version and marks it done. */
	List<Briefing> complete(RawDocument document, ExtractedDocument extracted) {
		return complete(document, extracted, true);
	}

	/**
	 * Writes the briefings of a document this caller has just inserted and marks it done.
	 * Nothing can refer to a document id before its document is stored (documents are
	 * never deleted), so there are no editorial decisions to read and no briefings stored
	 * before.
	 */
	List<Briefing> completeInserted(RawDocument document, ExtractedDocument extracted) {
		return complete(document, extracted, false);
	}

	private List<Briefing> complete(RawDocument document, ExtractedDocument extracted, boolean mayHaveDecisions) {
		List<Briefing> assembled = linkAndAssemble(document, extracted);
		List<Briefing> written = mayHaveDecisions ? this.decisions.applyTo(document.id(), assembled) : assembled;
		Set<String> existing = existingBefore(document, idsOf(written));
		Set<String> stored = this.accounting.measure(IngestionStage.BULK_WRITE, () -> this.writer.write(written));
		finish(document, idsOf(written), extracted.removed(), existing, writtenAmong(written, stored),
				!mayHaveDecisions);
		announceCandidates(document, written, extracted);
		return written;
	}

	/**
	 * The document's entities resolved to ids, then its briefings assembled, each
	 * measured.
	 */
	private List<Briefing> linkAndAssemble(RawDocument document, ExtractedDocument extracted) {
		Map<EntityRef, String> entityIds = this.accounting.measure(IngestionStage.ENTITIES,
				() -> this.entities.idsFor(referencesIn(extracted), rolesIn(extracted)));
		return this.accounting.measure(IngestionStage.ASSEMBLY, () -> assemble(document, extracted, entityIds));
	}

	private static List<Briefing> assemble(RawDocument document, ExtractedDocument extracted,
			Map<EntityRef, String> entityIds) {
		BriefingAssembler assembler = new BriefingAssembler(document, entityIds);
		List<Briefing> assembled = new ArrayList<>(extracted.items().size());
		for (int index = 0; index < extracted.items().size(); index++) {
			assembled.add(assembler.assemble(index, extracted.items().get(index)));
		}
		return assembled;
	}

	/**
	 * Writes the briefings of documents this caller has just inserted, all at once, and
	 * marks them done: one bulk write of every briefing, one batch of change-log entries
	 * and one update of the documents. As for one document, the documents are marked done
	 * only after their briefings are written and logged.
	 * @return each document's briefings, in the order of the documents
	 */
	List<List<Briefing>> completeInsertedTogether(List<RawDocument> inserted, List<ExtractedDocument> extracted) {
		List<List<Briefing>> briefings = new ArrayList<>(inserted.size());
		List<Briefing> all = new ArrayList<>();
		for (int index = 0; index < inserted.size(); index++) {
			List<Briefing> assembled = linkAndAssemble(inserted.get(index), extracted.get(index));
			briefings.add(assembled);
			all.addAll(assembled);
		}
		if (inserted.isEmpty()) {
			return briefings;
		}
		Set<String> stored = this.accounting.measure(IngestionStage.BULK_WRITE, () -> this.writer.write(all));
		LoggedEntries logged = this.accounting.measure(IngestionStage.CHANGE_LOG,
				() -> logChanges(idsOf(all), Set.of(), writtenAmong(all, stored)));
		List<DocumentStore.Finished> finished = new ArrayList<>(inserted.size());
		for (int index = 0; index < inserted.size(); index++) {
			finished.add(new DocumentStore.Finished(inserted.get(index), idsOf(briefings.get(index)),
					extracted.get(index).removed()));
		}
		Map<String, List<String>> overtaken = this.accounting.measure(IngestionStage.FINISH,
				() -> this.documents.finishAll(finished) ? Map.of() : finishOneByOne(finished));
		Map<String, Briefing> written = writtenAmong(all, stored);
		List<DocumentIngested> ingested = new ArrayList<>(inserted.size());
		for (int index = 0; index < inserted.size(); index++) {
			RawDocument document = inserted.get(index);
			List<String> changed = new ArrayList<>(idsOf(briefings.get(index)));
			List<String> retracted = overtaken.get(document.id());
			if (retracted != null) {
				changed.addAll(retracted);
				ingested.add(new DocumentIngested(document.id(), changed));
				continue;
			}
			ingested.add(new DocumentIngested(document.id(), changed, writtenAmong(briefings.get(index), written)));
		}
		DocumentsIngested announced = overtaken.isEmpty() ? new DocumentsIngested(ingested, logged)
				: new DocumentsIngested(ingested);
		this.accounting.run(IngestionStage.ANNOUNCE, () -> this.events.publishEvent(announced));
		for (int index = 0; index < inserted.size(); index++) {
			announceCandidates(inserted.get(index), briefings.get(index), extracted.get(index));
		}
		return briefings;
	}

	/**
	 * Finishes documents whose batch found some version overtaken: each one still current
	 * is marked done again (which changes nothing), each overtaken one has what it left
	 * behind retracted against the current version.
	 */
	private Map<String, List<String>> finishOneByOne(List<DocumentStore.Finished> finished) {
		Map<String, List<String>> retracted = new HashMap<>();
		for (DocumentStore.Finished one : finished) {
			RawDocument document = one.document();
			if (!this.documents.finish(document, one.briefingIds(), one.removedLines())) {
				int current = this.documents.currentVersion(document.id());
				List<String> overtaken = this.writer.retractOlderThan(document.id(), current);
				logChanges(overtaken, Set.copyOf(overtaken), Map.of());
				retracted.put(document.id(), overtaken);
			}
		}
		return retracted;
	}

	private void announceCandidates(RawDocument document, List<Briefing> briefings, ExtractedDocument extracted) {
		this.accounting.run(IngestionStage.CANDIDATES,
				() -> this.events.publishEvent(EntityCandidatesFound.of(document.id(), briefings, extracted.items())));
	}

	/** Retracts every briefing of the document and marks the retraction done. */
	List<Briefing> completeRetraction(RawDocument document) {
		Set<String> ids = new LinkedHashSet<>(document.briefingIds());
		ids.addAll(this.writer.retractOlderThan(document.id(), document.version()));
		List<String> retracted = List.copyOf(ids);
		finish(document, retracted, document.removedLines(), Set.copyOf(retracted), Map.of(), false);
		return current(retracted);
	}

	/** The briefings with these ids, in the order given. */
	List<Briefing> current(List<String> briefingIds) {
		if (briefingIds.isEmpty()) {
			return List.of();
		}
		Map<String, Briefing> byId = new HashMap<>();
		for (Briefing briefing : this.briefings.findByIdIn(briefingIds)) {
			byId.put(briefing.id(), briefing);
		}
		List<Briefing> found = new ArrayList<>(briefingIds.size());
		for (String id : briefingIds) {
			Briefing briefing = byId.get(id);
			if (briefing != null) {
				found.add(briefing);
			}
		}
		return found;
	}

	/**
	 * Logs the changes, marks the version finished and announces the changed briefings.
	 * @param written the briefings this caller wrote, as written: logged without reading
	 * them back
	 * @param inserted whether this caller inserted the document: unless overtaken, it
	 * announces what it wrote so that listeners need not read it back
	 */
	private void finish(RawDocument document, List<String> briefingIds, List<RemovedLine> removedLines,
			Set<String> existing, Map<String, Briefing> written, boolean inserted) {
		Set<String> changed = new LinkedHashSet<>(briefingIds);
		if (document.version() > RawDocument.FIRST_VERSION) {
			changed.addAll(this.writer.retractOlderThan(document.id(), document.version()));
		}
		this.accounting.run(IngestionStage.CHANGE_LOG, () -> logChanges(List.copyOf(changed), existing, written));
		boolean current = this.accounting.measure(IngestionStage.FINISH,
				() -> this.documents.finish(document, briefingIds, removedLines));
		if (!current) {
			List<String> overtaken = this.writer.retractOlderThan(document.id(),
					this.documents.currentVersion(document.id()));
			logChanges(overtaken, Set.copyOf(overtaken), Map.of());
			changed.addAll(overtaken);
		}
		Map<String, Briefing> announced = (inserted && current) ? written : Map.of();
		this.accounting.run(IngestionStage.ANNOUNCE,
				() -> this.events.publishEvent(new DocumentIngested(document.id(), List.copyOf(changed), announced)));
	}

	/**
	 * The briefings among these that were stored before this version was written: their
	 * new content is a correction. Nothing was stored before a document's first version.
	 */
	private Set<String> existingBefore(RawDocument document, List<String> briefingIds) {
		if (document.version() == RawDocument.FIRST_VERSION) {
			return Set.of();
		}
		return Set.copyOf(idsOf(current(briefingIds)));
	}

	/**
	 * Logs each briefing as this caller wrote it, or else as it is stored now: retracted,
	 * corrected or newly published, in the order given.
	 */
	private LoggedEntries logChanges(List<String> briefingIds, Set<String> existing, Map<String, Briefing> written) {
		List<String> unknown = new ArrayList<>();
		for (String id : briefingIds) {
			if (!written.containsKey(id)) {
				unknown.add(id);
			}
		}
		Map<String, Briefing> briefings = new HashMap<>(written);
		for (Briefing stored : current(unknown)) {
			briefings.put(stored.id(), stored);
		}
		List<BriefingChangeLog.Change> changes = new ArrayList<>(briefingIds.size());
		for (String id : briefingIds) {
			Briefing briefing = briefings.get(id);
			if (briefing != null) {
				changes.add(new BriefingChangeLog.Change(id, kindOf(briefing, existing), briefing.version()));
			}
		}
		return this.changeLog.record(changes);
	}

	private static Map<String, Briefing> writtenAmong(List<Briefing> briefings, Map<String, Briefing> written) {
		return writtenAmong(briefings, written.keySet());
	}

	private static Map<String, Briefing> writtenAmong(List<Briefing> briefings, Set<String> writtenIds) {
		Map<String, Briefing> written = new HashMap<>();
		for (Briefing briefing : briefings) {
			if (writtenIds.contains(briefing.id())) {
				written.put(briefing.id(), briefing);
			}
		}
		return written;
	}

	private static BriefingChangeKind kindOf(Briefing briefing, Set<String> existing) {
		if (briefing.status() == BriefingStatus.RETRACTED) {
			return BriefingChangeKind.RETRACTED;
		}
		return existing.contains(briefing.id()) ? BriefingChangeKind.CORRECTED : BriefingChangeKind.PUBLISHED;
	}

	private static List<String> idsOf(List<Briefing> briefings) {
		List<String> ids = new ArrayList<>(briefings.size());
		for (Briefing briefing : briefings) {
			ids.add(briefing.id());
		}
		return ids;
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
