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

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds stored documents whose briefings do not match what their state promises, which a
 * crash between two single-document writes, or a store that lost some writes, can leave
 * behind: a document still {@code PENDING}; one {@code DONE} with a listed briefing
 * missing, retracted or of an older version; one {@code RETRACTED} with a briefing still
 * published. Reads only the fields it checks.
 */
@Component
public class InconsistentDocuments {

	private final MongoOperations mongo;

	InconsistentDocuments(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The ids of every document to complete again, in storage order. */
	public List<String> ids() {
		Map<String, List<StoredBriefing>> briefingsByDocument = briefingsByDocument();
		List<String> inconsistent = new ArrayList<>();
		Query states = new Query();
		states.fields()
			.include(DocumentFields.ID, DocumentFields.STATUS, DocumentFields.VERSION, DocumentFields.BRIEFING_IDS);
		for (Document document : this.mongo.find(states, Document.class, DocumentFields.COLLECTION)) {
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
		Query pending = new Query(Criteria.where("status").is(DocumentStatus.PENDING.name()));
		pending.fields().include("_id");
		List<String> ids = new ArrayList<>();
		for (Document document : this.mongo.find(pending, Document.class, "documents")) {
			ids.add(String.valueOf(document.get("_id")));
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

	private Map<String, List<StoredBriefing>> briefingsByDocument() {
		Query states = new Query();
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
