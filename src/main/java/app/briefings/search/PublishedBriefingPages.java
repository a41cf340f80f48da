package app.briefings.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.BriefingStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads every published briefing page by page, newest first, each page a keyset query on
 * {@code (publishedAt, _id)} after the last one read. That is the feed's order and index,
 * so on the embedded server each page walks the index and reads only its own briefings;
 * one query for all of them would read and hold the whole collection before answering,
 * past the driver's read timeout on a large archive.
 */
final class PublishedBriefingPages {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc(BriefingFields.PUBLISHED_AT),
			Sort.Order.desc(BriefingFields.ID));

	private final MongoOperations mongo;

	private final int pageSize;

	PublishedBriefingPages(MongoOperations mongo, int pageSize) {
		this.mongo = mongo;
		this.pageSize = pageSize;
	}

	/**
	 * Hands each page to the consumer, as {@code type} with only {@code fields} when any
	 * are given ({@code publishedAt} and {@code _id} are always read).
	 * @param key the position of a briefing read, to continue after it
	 */
	<T> void forEach(Class<T> type, List<String> fields, Function<T, Position> key, Consumer<List<T>> consumer) {
		Position after = null;
		while (true) {
			List<T> page = this.mongo.find(pageAfter(after, fields), type, BriefingFields.COLLECTION);
			if (page.isEmpty()) {
				return;
			}
			consumer.accept(page);
			if (page.size() < this.pageSize) {
				return;
			}
			after = key.apply(page.get(page.size() - 1));
		}
	}

	private Query pageAfter(Position after, List<String> fields) {
		List<Criteria> match = new ArrayList<>();
		match.add(Criteria.where(BriefingFields.STATUS).is(BriefingStatus.PUBLISHED));
		if (after != null) {
			match.add(new Criteria().orOperator(Criteria.where(BriefingFields.PUBLISHED_AT).lt(after.publishedAt()),
					Criteria.where(BriefingFields.PUBLISHED_AT)
						.is(after.publishedAt())
						.and(BriefingFields.ID)
						.lt(after.id())));
		}
		Query query = new Query(new Criteria().andOperator(match)).with(NEWEST_FIRST).limit(this.pageSize);
		if (!fields.isEmpty()) {
			query.fields().include(fields.toArray(String[]::new)).include(BriefingFields.PUBLISHED_AT);
		}
		return query;
	}

	/** Where a briefing stands in the order of the pages. */
	record Position(Instant publishedAt, String id) {

	}

}
