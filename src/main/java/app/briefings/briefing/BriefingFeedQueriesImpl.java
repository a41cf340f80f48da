package app.briefings.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.briefings.graphql.PageRequest;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Feed queries on {@link MongoOperations}. Pages of several entities are computed by one
 * {@code $facet} aggregation that returns ids only, then loaded by one {@code $in} query,
 * so the aggregation result stays small whatever the briefings weigh.
 */
class BriefingFeedQueriesImpl implements BriefingFeedQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id"));

	private static final Document NEWEST_FIRST_DOCUMENT = new Document("publishedAt", -1).append("_id", -1);

	private final MongoOperations mongo;

	BriefingFeedQueriesImpl(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<Briefing> findFeedPage(FeedCriteria criteria, PageRequest page) {
		Query query = new Query(published()).with(NEWEST_FIRST).limit(page.fetchSize());
		addFilter(query, criteria);
		if (page.after() != null) {
			query.addCriteria(FeedCursor.after(page.after()));
		}
		return this.mongo.find(query, Briefing.class);
	}

	private static Criteria published() {
		return Criteria.where("status").is(BriefingStatus.PUBLISHED);
	}

	private static void addFilter(Query query, FeedCriteria criteria) {
		addAnyOf(query, "officialIds", criteria.officialIds());
		addAnyOf(query, "organizationIds", criteria.organizationIds());
		addAnyOf(query, "operationIds", criteria.operationIds());
		addAnyOf(query, "placeIds", criteria.placeIds());
		addAnyOf(query, "source.name", criteria.sources());
		if (criteria.query() != null) {
			String quoted = Pattern.quote(criteria.query());
			query.addCriteria(new Criteria().orOperator(Criteria.where("title").regex(quoted, "i"),
					Criteria.where("body").regex(quoted, "i")));
		}
		if (criteria.language() != null) {
			query.addCriteria(Criteria.where("language").is(criteria.language()));
		}
		addPublishedRange(query, criteria);
	}

	private static void addAnyOf(Query query, String field, List<String> ids) {
		if (!ids.isEmpty()) {
			query.addCriteria(Criteria.where(field).in(ids));
		}
	}

	private static void addPublishedRange(Query query, FeedCriteria criteria) {
		if (criteria.publishedAfter() == null && criteria.publishedBefore() == null) {
			return;
		}
		Criteria range = Criteria.where("publishedAt");
		if (criteria.publishedAfter() != null) {
			range = range.gte(criteria.publishedAfter());
		}
		if (criteria.publishedBefore() != null) {
			range = range.lt(criteria.publishedBefore());
		}
		query.addCriteria(range);
	}

	@Override
	public Map<EntityBriefingsKey, List<Briefing>> findPagesMentioning(List<EntityBriefingsKey> keys) {
		Map<EntityBriefingsKey, List<String>> idsByKey = findPageIds(keys);
		Set<String> allIds = new HashSet<>();
		idsByKey.values().forEach(allIds::addAll);
		Map<String, Briefing> briefings = new HashMap<>();
		for (Briefing briefing : this.mongo.find(new Query(Criteria.where("_id").in(allIds)), Briefing.class)) {
			briefings.put(briefing.id(), briefing);
		}
		Map<EntityBriefingsKey, List<Briefing>> pages = new HashMap<>();
		idsByKey.forEach((key, ids) -> pages.put(key, inOrder(ids, briefings)));
		return pages;
	}

	private Map<EntityBriefingsKey, List<String>> findPageIds(List<EntityBriefingsKey> keys) {
		Document facets = new Document();
		for (int i = 0; i < keys.size(); i++) {
			facets.append("k" + i, pageIdsPipeline(keys.get(i)));
		}
		List<Document> pipeline = List.of(
				new Document("$match", new Document("status", BriefingStatus.PUBLISHED.name())),
				new Document("$facet", facets));
		Document result = this.mongo.getCollection("briefings").aggregate(pipeline).first();
		Map<EntityBriefingsKey, List<String>> idsByKey = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			idsByKey.put(keys.get(i), idsOf(result, "k" + i));
		}
		return idsByKey;
	}

	private List<Document> pageIdsPipeline(EntityBriefingsKey key) {
		Query match = new Query(Criteria.where(key.idField()).is(key.entityId()));
		if (key.page().after() != null) {
			match.addCriteria(FeedCursor.after(key.page().after()));
		}
		return List.of(new Document("$match", match.getQueryObject()), new Document("$sort", NEWEST_FIRST_DOCUMENT),
				new Document("$limit", key.page().fetchSize()), new Document("$project", new Document("_id", 1)));
	}

	private static List<String> idsOf(Document result, String facet) {
		List<String> ids = new ArrayList<>();
		if (result == null) {
			return ids;
		}
		for (Document document : result.getList(facet, Document.class, List.of())) {
			ids.add(document.getString("_id"));
		}
		return ids;
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

}
