package app.briefings.briefing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import app.briefings.graphql.paging.PageRequest;
import app.briefings.mongo.MongoTimeoutProperties;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Feed queries on {@link MongoOperations}. Pages and counts of several entities are read
 * together by {@link BriefingBatches}.
 */
class BriefingFeedQueriesImpl implements BriefingFeedQueries {

	private final MongoOperations mongo;

	private final BriefingBatches batches;

	private final Duration maxTime;

	BriefingFeedQueriesImpl(MongoOperations mongo, MongoTimeoutProperties timeouts) {
		this.mongo = mongo;
		this.maxTime = timeouts.operation();
		this.batches = new BriefingBatches(mongo, this.maxTime);
	}

	@Override
	public List<Briefing> findFeedPage(FeedCriteria criteria, PageRequest page) {
		List<Criteria> match = feedCriteria(criteria);
		match.addAll(FeedCursor.bounds(page));
		Query query = new Query(new Criteria().andOperator(match)).with(FeedCursor.fetchSort(page))
			.limit(page.fetchSize())
			.maxTime(this.maxTime);
		return this.mongo.find(query, Briefing.class);
	}

	@Override
	public long countFeed(FeedCriteria criteria) {
		return this.mongo.count(new Query(new Criteria().andOperator(feedCriteria(criteria))).maxTime(this.maxTime),
				Briefing.class);
	}

	private static List<Criteria> feedCriteria(FeedCriteria criteria) {
		List<Criteria> match = new ArrayList<>();
		match.add(Criteria.where(BriefingFields.STATUS).is(BriefingStatus.PUBLISHED));
		addAnyOf(match, BriefingFields.OFFICIAL_IDS, criteria.officialIds());
		addAnyOf(match, BriefingFields.ORGANIZATION_IDS, criteria.organizationIds());
		addAnyOf(match, BriefingFields.OPERATION_IDS, criteria.operationIds());
		addAnyOf(match, BriefingFields.PLACE_IDS, criteria.placeIds());
		addAnyOf(match, BriefingFields.SOURCE_NAME, criteria.sources());
		if (criteria.query() != null) {
			String quoted = Pattern.quote(criteria.query());
			match.add(new Criteria().orOperator(Criteria.where(BriefingFields.TITLE).regex(quoted, "i"),
					Criteria.where(BriefingFields.BODY).regex(quoted, "i")));
		}
		if (criteria.language() != null) {
			match.add(Criteria.where(BriefingFields.LANGUAGE).is(criteria.language()));
		}
		if (criteria.publishedAfter() != null) {
			match.add(Criteria.where(BriefingFields.PUBLISHED_AT).gte(criteria.publishedAfter()));
		}
		if (criteria.publishedBefore() != null) {
			match.add(Criteria.where(BriefingFields.PUBLISHED_AT).lt(criteria.publishedBefore()));
		}
		return match;
	}

	private static void addAnyOf(List<Criteria> match, String field, List<String> ids) {
		if (!ids.isEmpty()) {
			match.add(Criteria.where(field).in(ids));
		}
	}

	@Override
	public Map<EntityBriefingsKey, List<Briefing>> findPagesMentioning(List<EntityBriefingsKey> keys) {
		List<BriefingBatches.PageQuery> queries = new ArrayList<>(keys.size());
		for (EntityBriefingsKey key : keys) {
			queries.add(mentioningQuery(key));
		}
		return byKey(keys, this.batches.findPages(queries));
	}

	private static BriefingBatches.PageQuery mentioningQuery(EntityBriefingsKey key) {
		return new BriefingBatches.PageQuery(idOf(key.entity()), FeedCursor.bounds(key.page()),
				FeedCursor.fetchOrder(key.page()), key.page().fetchSize());
	}

	@Override
	public Map<MentionedEntity, Integer> countMentioning(List<MentionedEntity> entities) {
		List<BriefingBatches.EntityId> ids = new ArrayList<>(entities.size());
		for (MentionedEntity entity : entities) {
			ids.add(idOf(entity));
		}
		return byKey(entities, this.batches.count(ids));
	}

	private static BriefingBatches.EntityId idOf(MentionedEntity entity) {
		return new BriefingBatches.EntityId(entity.idField(), entity.entityId());
	}

	@Override
	public Map<OfficialQuotesKey, List<QuoteInBriefing>> findQuotePages(List<OfficialQuotesKey> keys) {
		List<BriefingBatches.PageQuery> queries = new ArrayList<>(keys.size());
		for (OfficialQuotesKey key : keys) {
			queries.add(QuotePages.briefingsQuery(key));
		}
		List<List<Briefing>> pages = this.batches.findPages(queries);
		Map<OfficialQuotesKey, List<QuoteInBriefing>> quotes = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			quotes.put(keys.get(i), QuotePages.unwind(pages.get(i), keys.get(i)));
		}
		return quotes;
	}

	@Override
	public Map<String, Integer> countQuotes(List<String> officialIds) {
		Document speakerIn = new Document(BriefingFields.QUOTE_SPEAKER_ID, new Document("$in", officialIds));
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document(BriefingFields.STATUS, BriefingStatus.PUBLISHED.name())
							.append(BriefingFields.QUOTE_SPEAKER_ID, new Document("$in", officialIds))),
				new Document("$unwind", "$quotes"), new Document("$match", speakerIn),
				new Document("$group", new Document("_id", "$" + BriefingFields.QUOTE_SPEAKER_ID).append("n",
						new Document("$sum", 1))));
		Map<String, Integer> counts = new HashMap<>();
		for (String officialId : officialIds) {
			counts.put(officialId, 0);
		}
		for (Document group : this.mongo.getCollection(BriefingFields.COLLECTION)
			.aggregate(pipeline)
			.maxTime(this.maxTime.toMillis(), TimeUnit.MILLISECONDS)) {
			counts.put(group.getString("_id"), ((Number) group.get("n")).intValue());
		}
		return counts;
	}

	private static <K, V> Map<K, V> byKey(List<K> keys, List<V> values) {
		Map<K, V> result = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			result.put(keys.get(i), values.get(i));
		}
		return result;
	}

}
