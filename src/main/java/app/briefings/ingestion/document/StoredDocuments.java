package app.briefings.ingestion.document;

import java.util.ArrayList;
import java.util.List;

import app.briefings.mongo.MongoTimeoutProperties;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds stored raw documents for re-extraction, by the words of their text. */
@Component
public class StoredDocuments {

	private final MongoOperations mongo;

	private final MongoTimeoutProperties timeouts;

	StoredDocuments(MongoOperations mongo, MongoTimeoutProperties timeouts) {
		this.mongo = mongo;
		this.timeouts = timeouts;
	}

	/**
	 * The ids of up to {@code limit} stored documents whose text contains the phrase,
	 * ignoring case. No index serves this scan, so the server gives up after the
	 * user-facing operation limit; callers run it before storing the change it serves.
	 */
	public List<String> idsContaining(String phrase, int limit) {
		Query query = new Query(Criteria.where(DocumentFields.TEXT).regex(escaped(phrase), "i")).limit(limit)
			.maxTime(this.timeouts.operation());
		return idsOf(query);
	}

	/** The ids of every stored document, oldest first. */
	public List<String> allIds() {
		return idsOf(new Query().with(Sort.by(DocumentFields.RECEIVED_AT, DocumentFields.ID)));
	}

	private List<String> idsOf(Query query) {
		query.fields().include(DocumentFields.ID);
		List<String> ids = new ArrayList<>();
		for (Document document : this.mongo.find(query, Document.class, DocumentFields.COLLECTION)) {
			ids.add(String.valueOf(document.get(DocumentFields.ID)));
		}
		return ids;
	}

	static String escaped(String phrase) {
		StringBuilder escaped = new StringBuilder(phrase.length() * 2);
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
