package app.briefings.ingestion.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.BriefingStatus;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds stored documents whose briefings do not match what their state promises, which a
 * crash between two single-document writes, or a store that lost some writes, can leave
 * behind: a document still {@code PENDING}; one {@code DONE} with a listed briefing
 * missing, retracted or of an older version; one {@code RETRACTED} with a briefing still
 * published. Reads only the fields it checks, a page of documents at a time (newest
 * received first, a keyset on the {@code receivedAt} index) with the briefings of that
 * page alone (through the {@code documentId} index), so no single query reads a whole
 * collection: on the embedded server such a query holds every document before it answers,
 * past the driver's read timeout on a large archive.
 */
@Component
public class InconsistentDocuments {

	static final int PAGE_SIZE = 100;

	private static final Sort NEWEST_RECEIVED_FIRST = Sort.by(Sort.Order.desc(DocumentFields.RECEIVED_AT),
			Sort.Order.desc(DocumentFields.ID));

	private final MongoOperations mongo;

	private final int pageSize;

	@Autowired
	InconsistentDocuments(MongoOperations mongo) {
		this(mongo, PAGE_SIZE);
	}

	InconsistentDocuments(MongoOperations mongo, int pageSize) {
		this.mongo = mongo;
		this.pageSize = pageSize;
	}

	/** The ids of every document to complete again, newest received first. */
	public List<String> ids() {
		List<String> inconsistent = new ArrayList<>();
		Document last = null;
		while (true) {
			List<Document> page = this.mongo.find(pageAfter(last), Document.class, DocumentFields.COLLECTION);
			inconsistent.addAll(inconsistentIn(page));
			if (page.size() < this.pageSize) {
				return inconsistent;
			}
			last = page.get(page.size() - 1);
		}
	}

	private Query pageAfter(@Nullable Document last) {
		Query page = new Query().with(NEWEST_RECEIVED_FIRST).limit(this.pageSize);
		if (last != null) {
			Object receivedAt = last.get(DocumentFields.RECEIVED_AT);
			page.addCriteria(new Criteria().orOperator(Criteria.where(DocumentFields.RECEIVED_AT).lt(receivedAt),
					Criteria.where(DocumentFields.RECEIVED_AT)
						.is(receivedAt)
						.and(DocumentFields.ID)
						.lt(last.get(DocumentFields.ID))));
		}
		page.fields()
			.include(DocumentFields.ID, DocumentFields.RECEIVED_AT, DocumentFields.STATUS, DocumentFields.VERSION,
					DocumentFields.BRIEFING_IDS);
		return page;
	}

	private List<String> inconsistentIn(List<Document> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<String, List<StoredBriefing>> briefingsByDocument = briefingsOf(page);
		List<String> inconsistent = new ArrayList<>();
		for (Document document : page) {
			String id = String.valueOf(document.get(DocumentFields.ID));
			List<StoredBriefing> briefings = briefingsByDocument.getOrDefault(id, List.of());
			if (!isConsistent(document, briefings)) {
				inconsistent.add(id);
			}
		}
		return inconsistent;
	}

	/**
	 * The ids of the documents still {@code PENDING}, in storage order: all there is to
	 * complete after a clean shutdown, read through the {@code status} index.
	 */
	public List<String> pendingIds() {
		Query pending = new Query(Criteria.where(DocumentFields.STATUS).is(DocumentStatus.PENDING.name()));
		pending.fields().include(DocumentFields.ID);
		List<String> ids = new ArrayList<>();
		for (Document document : this.mongo.find(pending, Document.class, DocumentFields.COLLECTION)) {
			ids.add(String.valueOf(document.get(DocumentFields.ID)));
		}
		return ids;
	}

	private static boolean isConsistent(Document document, List<StoredBriefing> briefings) {
		String status = document.getString(DocumentFields.STATUS);
		if (DocumentStatus.DONE.name().equals(status)) {
			return isDone(versionOf(document), listedIds(document), briefings);
		}
		if (DocumentStatus.RETRACTED.name().equals(status)) {
			return noneIsPublished(briefings);
		}
		return false;
	}

	private static boolean isDone(int version, Set<String> listed, List<StoredBriefing> briefings) {
		Set<String> complete = new HashSet<>();
		for (StoredBriefing briefing : briefings) {
			if (listed.contains(briefing.id()) && BriefingStatus.PUBLISHED.name().equals(briefing.status())
					&& briefing.version() == version) {
				complete.add(briefing.id());
			}
		}
		return complete.size() == listed.size();
	}

	private static boolean noneIsPublished(List<StoredBriefing> briefings) {
		for (StoredBriefing briefing : briefings) {
			if (BriefingStatus.PUBLISHED.name().equals(briefing.status())) {
				return false;
			}
		}
		return true;
	}

	private Map<String, List<StoredBriefing>> briefingsOf(List<Document> documents) {
		List<Object> documentIds = new ArrayList<>();
		for (Document document : documents) {
			documentIds.add(document.get(DocumentFields.ID));
		}
		Query states = new Query(Criteria.where(BriefingFields.DOCUMENT_ID).in(documentIds));
		states.fields()
			.include(BriefingFields.ID, BriefingFields.DOCUMENT_ID, BriefingFields.STATUS, BriefingFields.VERSION);
		Map<String, List<StoredBriefing>> byDocument = new HashMap<>();
		for (Document briefing : this.mongo.find(states, Document.class, BriefingFields.COLLECTION)) {
			StoredBriefing stored = new StoredBriefing(String.valueOf(briefing.get(BriefingFields.ID)),
					briefing.getString(BriefingFields.STATUS), versionOf(briefing));
			byDocument
				.computeIfAbsent(String.valueOf(briefing.get(BriefingFields.DOCUMENT_ID)), (id) -> new ArrayList<>())
				.add(stored);
		}
		return byDocument;
	}

	private static Set<String> listedIds(Document document) {
		Set<String> ids = new HashSet<>();
		if (document.get(DocumentFields.BRIEFING_IDS) instanceof List<?> listed) {
			for (Object id : listed) {
				ids.add(String.valueOf(id));
			}
		}
		return ids;
	}

	private static int versionOf(Document stored) {
		return (stored.get(DocumentFields.VERSION) instanceof Number version) ? version.intValue()
				: RawDocument.FIRST_VERSION;
	}

	/** The fields of a stored briefing that say whether its document is complete. */
	private record StoredBriefing(String id, String status, int version) {
	}

}
