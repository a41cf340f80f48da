package app.briefings.briefing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the pages and counts of many entities of one request with queries an index
 * serves, a fixed number of commands for any number of entities. Pages that share a
 * field, bounds and order are read by one {@code find} on {@code field $in [ids]} in feed
 * order, which the entity's {@code <field>_feed} index yields as a merge of one ordered
 * scan per id; each briefing goes to the pages of the ids it lists until they are full.
 * The read stops after a few times the pages' total size; a page still short then (an
 * entity far rarer than the others) is finished by a query of its own from where the
 * shared read stopped. Counts are one aggregation per field whose leading {@code $match}
 * on {@code field $in [ids]} the same index serves.
 */
final class BriefingBatches {

	/**
	 * How many candidates the shared read takes, in multiples of the pages' total size.
	 */
	static final int SHARED_READ_FACTOR = 4;

	private final MongoOperations mongo;

	private final Duration maxTime;

	BriefingBatches(MongoOperations mongo, Duration maxTime) {
		this.mongo = mongo;
		this.maxTime = maxTime;
	}

	/** Each query's published briefings in its order. */
	List<List<Briefing>> findPages(List<PageQuery> queries) {
		List<List<String>> idsByQuery = new ArrayList<>(queries.size());
		for (int i = 0; i < queries.size(); i++) {
			idsByQuery.add(new ArrayList<>());
		}
		for (List<Integer> group : groups(queries).values()) {
			fill(queries, group, idsByQuery);
		}
		Set<String> allIds = new HashSet<>();
		idsByQuery.forEach(allIds::addAll);
		Map<String, Briefing> briefings = new HashMap<>();
		if (!allIds.isEmpty()) {
			for (Briefing briefing : this.mongo
				.find(new Query(Criteria.where(BriefingFields.ID).in(allIds)).maxTime(this.maxTime), Briefing.class)) {
				briefings.put(briefing.id(), briefing);
			}
		}
		List<List<Briefing>> pages = new ArrayList<>(queries.size());
		for (List<String> ids : idsByQuery) {
			pages.add(inOrder(ids, briefings));
		}
		return pages;
	}

	/**
	 * How many published briefings list each id in its field, with one aggregation per
	 * field.
	 */
	List<Integer> count(List<EntityId> entities) {
		Map<String, Set<String>> idsByField = new LinkedHashMap<>();
		for (EntityId entity : entities) {
			idsByField.computeIfAbsent(entity.field(), (field) -> new LinkedHashSet<>()).add(entity.id());
		}
		Map<EntityId, Integer> counts = new HashMap<>();
		idsByField.forEach((field, ids) -> countField(field, new ArrayList<>(ids), counts));
		List<Integer> result = new ArrayList<>(entities.size());
		for (EntityId entity : entities) {
			result.add(counts.getOrDefault(entity, 0));
		}
		return result;
	}

	private void countField(String field, List<String> ids, Map<EntityId, Integer> counts) {
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document(BriefingFields.STATUS, BriefingStatus.PUBLISHED.name()).append(field,
								new Document("$in", ids))),
				new Document("$project",
						new Document("id", new Document("$setIntersection", List.of("$" + field, ids)))),
				new Document("$unwind", "$id"),
				new Document("$group", new Document("_id", "$id").append("n", new Document("$sum", 1))));
		for (Document group : this.mongo.getCollection(BriefingFields.COLLECTION)
			.aggregate(pipeline)
			.maxTime(this.maxTime.toMillis(), TimeUnit.MILLISECONDS)) {
			counts.put(new EntityId(field, group.getString("_id")), ((Number) group.get("n")).intValue());
		}
	}

	private static Map<GroupKey, List<Integer>> groups(List<PageQuery> queries) {
		Map<GroupKey, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < queries.size(); i++) {
			PageQuery query = queries.get(i);
			GroupKey key = new GroupKey(query.entity().field(), boundsObject(query.bounds()), query.order());
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
		}
		return groups;
	}

	/**
	 * Fills the pages of one group with a shared read, then finishes short pages alone.
	 */
	private void fill(List<PageQuery> queries, List<Integer> group, List<List<String>> idsByQuery) {
		PageQuery first = queries.get(group.get(0));
		Set<String> entityIds = new LinkedHashSet<>();
		int pageSizes = 0;
		for (int index : group) {
			entityIds.add(queries.get(index).entity().id());
			pageSizes += queries.get(index).limit();
		}
		int readLimit = pageSizes * SHARED_READ_FACTOR;
		String field = first.entity().field();
		Query shared = pageQuery(Criteria.where(field).in(entityIds), first, readLimit).maxTime(this.maxTime);
		List<Document> read = this.mongo.find(shared, Document.class, BriefingFields.COLLECTION);
		for (Document briefing : read) {
			Set<String> listed = valuesOf(briefing, field);
			for (int index : group) {
				PageQuery query = queries.get(index);
				List<String> page = idsByQuery.get(index);
				if (listed.contains(query.entity().id()) && page.size() < query.limit()) {
					page.add(briefing.getString(BriefingFields.ID));
				}
			}
		}
		if (read.size() < readLimit) {
			return;
		}
		Document last = read.get(read.size() - 1);
		for (int index : group) {
			finishPage(queries.get(index), last, idsByQuery.get(index));
		}
	}

	private void finishPage(PageQuery query, Document last, List<String> page) {
		if (page.size() >= query.limit()) {
			return;
		}
		Instant publishedAt = last.getDate(BriefingFields.PUBLISHED_AT).toInstant();
		String lastId = last.getString(BriefingFields.ID);
		Criteria beyond = isBackward(query.order()) ? FeedCursor.newerThan(publishedAt, lastId, false)
				: FeedCursor.olderThan(publishedAt, lastId, false);
		Query rest = pageQuery(
				new Criteria().andOperator(Criteria.where(query.entity().field()).is(query.entity().id()), beyond),
				query, query.limit() - page.size());
		for (Document briefing : this.mongo.find(rest, Document.class, BriefingFields.COLLECTION)) {
			page.add(briefing.getString(BriefingFields.ID));
		}
	}

	private static Query pageQuery(Criteria entity, PageQuery page, int limit) {
		List<Criteria> match = new ArrayList<>();
		match.add(Criteria.where(BriefingFields.STATUS).is(BriefingStatus.PUBLISHED.name()));
		match.add(entity);
		match.addAll(page.bounds());
		Sort.Direction direction = isBackward(page.order()) ? Sort.Direction.ASC : Sort.Direction.DESC;
		Query query = new Query(new Criteria().andOperator(match))
			.with(Sort.by(direction, BriefingFields.PUBLISHED_AT, BriefingFields.ID))
			.limit(limit);
		query.fields().include(BriefingFields.ID, BriefingFields.PUBLISHED_AT, page.entity().field());
		return query;
	}

	private static boolean isBackward(Document order) {
		return order.equals(FeedCursor.OLDEST_FIRST);
	}

	private static Document boundsObject(List<Criteria> bounds) {
		return bounds.isEmpty() ? new Document() : new Query(new Criteria().andOperator(bounds)).getQueryObject();
	}

	/** The values at a dotted path, through arrays of values and of subdocuments. */
	static Set<String> valuesOf(Document document, String path) {
		Set<String> values = new HashSet<>();
		collect(document, path.split("\\."), 0, values);
		return values;
	}

	private static void collect(@Nullable Object value, String[] path, int depth, Set<String> values) {
		if (value instanceof List<?> list) {
			for (Object item : list) {
				collect(item, path, depth, values);
			}
			return;
		}
		if (depth == path.length) {
			if (value != null) {
				values.add(value.toString());
			}
			return;
		}
		if (value instanceof Document document) {
			collect(document.get(path[depth]), path, depth + 1, values);
		}
	}

	private static List<Briefing> inOrder(List<String> ids, Map<String, Briefing> briefings) {
		List<Briefing> ordered = new ArrayList<>(ids.size());
		for (String id : ids) {
			Briefing briefing = briefings.get(id);
			if (briefing != null) {
				ordered.add(briefing);
			}
		}
		return ordered;
	}

	/**
	 * An id in a briefing field that lists ids.
	 *
	 * @param field the field, such as {@code officialIds} or {@code quotes.speakerId}
	 * @param id the id it lists
	 */
	record EntityId(String field, String id) {

	}

	/**
	 * The published briefings listing an id, between bounds, in an order, up to a limit.
	 *
	 * @param entity the field and id
	 * @param bounds conditions on the feed position, from the page's cursors
	 * @param order {@link FeedCursor#NEWEST_FIRST} or {@link FeedCursor#OLDEST_FIRST}
	 * @param limit how many briefings at most
	 */
	record PageQuery(EntityId entity, List<Criteria> bounds, Document order, int limit) {

		PageQuery {
			bounds = List.copyOf(bounds);
		}

	}

	/** Pages read together: same field, same bounds, same order. */
	private record GroupKey(String field, Document bounds, Document order) {

	}

}
