package app.briefings.ingestion.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import app.briefings.ingestion.document.DocumentFields;
import app.briefings.ingestion.document.DocumentIdentity;
import app.briefings.ingestion.document.DocumentRevision;
import app.briefings.ingestion.document.DocumentRevisionStore;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.mongo.MongoTimeoutProperties;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads ingestion records: keyset pages newest first on (receivedAt, id), limited to one
 * partner unless the caller is an admin, look-ups by id and the raw texts of a page.
 */
@Component
public class IngestionRecords {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, DocumentFields.RECEIVED_AT,
			DocumentFields.ID);

	private static final Sort OLDEST_FIRST = Sort.by(DocumentFields.RECEIVED_AT, DocumentFields.ID);

	private final MongoOperations mongo;

	private final DocumentRevisionStore revisionStore;

	private final MongoTimeoutProperties timeouts;

	IngestionRecords(MongoOperations mongo, DocumentRevisionStore revisionStore, MongoTimeoutProperties timeouts) {
		this.mongo = mongo;
		this.revisionStore = revisionStore;
		this.timeouts = timeouts;
	}

	/** A page of the records of {@code partner}, or of every partner when null. */
	Connection<IngestionRecord> page(@Nullable String partner, PageRequest page) {
		Query query = new Query().with(page.isBackward() ? OLDEST_FIRST : NEWEST_FIRST)
			.limit(page.fetchSize())
			.maxTime(this.timeouts.operation());
		List<Criteria> criteria = new ArrayList<>();
		if (partner != null) {
			criteria.add(Criteria.where(DocumentFields.PARTNER).is(partner));
		}
		if (page.after() != null) {
			criteria.add(beyond(page.after(), true));
		}
		if (page.before() != null) {
			criteria.add(beyond(page.before(), false));
		}
		if (!criteria.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(criteria));
		}
		return Connection.of(this.mongo.find(IngestionRecord.withoutTexts(query), IngestionRecord.class), page,
				IngestionRecords::cursorOf, TotalCount.of(() -> count(partner)));
	}

	/**
	 * How many records a partner has, or every partner: that count reads the collection's
	 * metadata instead of every document.
	 */
	private long count(@Nullable String partner) {
		if (partner == null) {
			return this.mongo.estimatedCount(IngestionRecord.class);
		}
		return this.mongo.count(new Query(Criteria.where(DocumentFields.PARTNER).is(partner)), IngestionRecord.class);
	}

	List<IngestionRecord> findByIds(Collection<String> ids) {
		return this.mongo.find(IngestionRecord.withoutTexts(new Query(Criteria.where(DocumentFields.ID).in(ids))),
				IngestionRecord.class);
	}

	/** The record of the partner's document with this external ID, if there is one. */
	@Nullable IngestionRecord findByExternalId(String partner, String externalId) {
		Query query = new Query(Criteria.where(DocumentFields.EXTERNAL_KEY)
			.is(new DocumentIdentity(partner, externalId, "").externalKey()));
		return this.mongo.findOne(IngestionRecord.withoutTexts(query), IngestionRecord.class);
	}

	/**
	 * The earlier texts of the given records, oldest first, by record id: those kept in
	 * {@link DocumentRevisionStore} and those older documents hold in their own
	 * {@code revisions} array, only of versions before the current one.
	 */
	public Map<String, List<DocumentRevision>> revisionsOf(Collection<String> ids) {
		Query query = new Query(Criteria.where(DocumentFields.ID).in(ids));
		query.fields().include(DocumentFields.REVISIONS).include(DocumentFields.VERSION);
		Map<String, List<DocumentRevision>> kept = this.revisionStore.of(ids);
		Map<String, List<DocumentRevision>> revisions = new HashMap<>();
		for (DocumentRevisions document : this.mongo.find(query, DocumentRevisions.class, DocumentFields.COLLECTION)) {
			revisions.put(document.id(), document.before(kept.getOrDefault(document.id(), List.of())));
		}
		return revisions;
	}

	/** The raw texts of the given records, by record id, in one query. */
	Map<String, String> textsOf(Collection<String> ids) {
		Query query = new Query(Criteria.where(DocumentFields.ID).in(ids));
		query.fields().include(DocumentFields.TEXT);
		Map<String, String> texts = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, DocumentFields.COLLECTION)) {
			texts.put(String.valueOf(document.get(DocumentFields.ID)), document.getString(DocumentFields.TEXT));
		}
		return texts;
	}

	/**
	 * The current version of one stored document and the earlier texts it holds itself.
	 */
	record DocumentRevisions(@Id String id, @Nullable List<DocumentRevision> revisions, @Nullable Integer version) {

		DocumentRevisions {
			revisions = (revisions != null) ? List.copyOf(revisions) : List.of();
		}

		/** Its own and the kept earlier texts, one per version, oldest first. */
		List<DocumentRevision> before(List<DocumentRevision> kept) {
			int current = (this.version != null) ? this.version : RawDocument.FIRST_VERSION;
			Map<Integer, DocumentRevision> byVersion = new TreeMap<>();
			for (DocumentRevision revision : this.revisions) {
				byVersion.put(revision.version(), revision);
			}
			for (DocumentRevision revision : kept) {
				if (revision.version() < current) {
					byVersion.put(revision.version(), revision);
				}
			}
			return List.copyOf(byVersion.values());
		}

	}

	private static String cursorOf(IngestionRecord record) {
		return Cursor.encode(Long.toString(record.receivedAt().toEpochMilli()), record.id());
	}

	/**
	 * Records beyond a cursor in the list's order (newest first): older ones after it,
	 * newer ones before it.
	 */
	private static Criteria beyond(String cursor, boolean after) {
		List<String> keys = Cursor.decode(cursor, 2);
		Instant receivedAt = parseMillis(cursor, keys.get(0));
		String id = keys.get(1);
		if (after) {
			return new Criteria().orOperator(Criteria.where(DocumentFields.RECEIVED_AT).lt(receivedAt),
					Criteria.where(DocumentFields.RECEIVED_AT).is(receivedAt).and(DocumentFields.ID).lt(id));
		}
		return new Criteria().orOperator(Criteria.where(DocumentFields.RECEIVED_AT).gt(receivedAt),
				Criteria.where(DocumentFields.RECEIVED_AT).is(receivedAt).and(DocumentFields.ID).gt(id));
	}

	private static Instant parseMillis(String cursor, String millis) {
		try {
			return Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
	}

}
