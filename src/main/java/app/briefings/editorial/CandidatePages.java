package app.briefings.editorial;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keyset pages of candidates in the order an editor asks for: by id (type and name key),
 * by how many places a name was seen in (stored as {@code contextCount}), or by when it
 * was last seen; ties broken by id. A cursor names its order, so a cursor of one order is
 * refused by another.
 */
@Component
class CandidatePages {

	static final String CONTEXT_COUNT_BACKFILL = "candidates.contextCount";

	private final MongoOperations mongo;

	CandidatePages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Connection<EntityCandidate> page(PageRequest page, @Nullable CandidateStatus status,
			@Nullable CandidateOrder requested) {
		CandidateOrder order = (requested != null) ? requested : CandidateOrder.KEY;
		Criteria filter = (status != null) ? Criteria.where(EditorialFields.STATUS).is(status.name()) : new Criteria();
		Criteria selected = (page.after() != null) ? new Criteria().andOperator(filter, after(order, page.after()))
				: filter;
		Query query = new Query(selected).with(sort(order)).limit(page.fetchSize());
		return Connection.of(this.mongo.find(query, EntityCandidate.class), page,
				(candidate) -> cursor(order, candidate),
				TotalCount.of(() -> this.mongo.count(new Query(filter), EntityCandidate.class)));
	}

	private static Sort sort(CandidateOrder order) {
		return switch (order) {
			case KEY -> Sort.by(EditorialFields.ID);
			case FREQUENCY ->
				Sort.by(Sort.Order.desc(EditorialFields.CONTEXT_COUNT), Sort.Order.asc(EditorialFields.ID));
			case RECENCY -> Sort.by(Sort.Order.desc(EditorialFields.LAST_SEEN_AT), Sort.Order.asc(EditorialFields.ID));
		};
	}

	private static String cursor(CandidateOrder order, EntityCandidate candidate) {
		return switch (order) {
			case KEY -> Cursor.encode(candidate.id());
			case FREQUENCY -> Cursor.encode(order.name(), String.valueOf(candidate.contexts().size()), candidate.id());
			case RECENCY ->
				Cursor.encode(order.name(), String.valueOf(candidate.lastSeenAt().toEpochMilli()), candidate.id());
		};
	}

	private static Criteria after(CandidateOrder order, String cursor) {
		if (order == CandidateOrder.KEY) {
			return Criteria.where(EditorialFields.ID).gt(Cursor.decode(cursor, 1).get(0));
		}
		List<String> keys = Cursor.decode(cursor, 3);
		if (!order.name().equals(keys.get(0))) {
			throw Cursor.invalid(cursor);
		}
		String field = (order == CandidateOrder.FREQUENCY) ? EditorialFields.CONTEXT_COUNT
				: EditorialFields.LAST_SEEN_AT;
		Object value = sortValue(order, keys.get(1), cursor);
		return new Criteria().orOperator(Criteria.where(field).lt(value),
				Criteria.where(field).is(value).and(EditorialFields.ID).gt(keys.get(2)));
	}

	private static Object sortValue(CandidateOrder order, String key, String cursor) {
		try {
			long value = Long.parseLong(key);
			return (order == CandidateOrder.FREQUENCY) ? (Object) Math.toIntExact(value)
					: Date.from(Instant.ofEpochMilli(value));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw Cursor.invalid(cursor);
		}
	}

	/**
	 * Stores the context count of candidates recorded before it was kept, so that they
	 * sort by frequency too; once: a marker in {@code startupTasks} spares later starts
	 * the pass over every candidate (candidates recorded since always carry the count).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void countContextsOfOlderCandidates() {
		Query done = new Query(Criteria.where(EditorialFields.ID).is(CONTEXT_COUNT_BACKFILL));
		if (this.mongo.exists(done, EditorialFields.STARTUP_TASKS)) {
			return;
		}
		Query uncounted = new Query(Criteria.where(EditorialFields.CONTEXT_COUNT).exists(false));
		uncounted.fields().include(EditorialFields.CONTEXTS);
		for (Document candidate : this.mongo.find(uncounted, Document.class, EditorialFields.CANDIDATES)) {
			int count = candidate.getList(EditorialFields.CONTEXTS, Document.class, List.of()).size();
			this.mongo.updateFirst(new Query(Criteria.where(EditorialFields.ID).is(candidate.get(EditorialFields.ID))),
					new Update().max(EditorialFields.CONTEXT_COUNT, count), EditorialFields.CANDIDATES);
		}
		this.mongo.upsert(done, new Update().set(EditorialFields.DONE, true), EditorialFields.STARTUP_TASKS);
	}

}
