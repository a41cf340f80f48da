package app.briefings.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Runs many briefing queries of one request together: one {@code $facet} aggregation
 * returns the ids of every page (or every count), one {@code $in} query loads the
 * briefings, so the aggregation result stays small whatever the briefings weigh.
 */
final class BriefingFacets {

	private final MongoOperations mongo;

	BriefingFacets(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Each query's published briefings in its order, with two commands for all. */
	List<List<Briefing>> findPages(List<PageQuery> queries) {
		List<List<String>> idsByQuery = findPageIds(queries);
		Set<String> allIds = new HashSet<>();
		idsByQuery.forEach(allIds::addAll);
		Map<String, Briefing> briefings = new HashMap<>();
		for (Briefing briefing : this.mongo.find(new Query(Criteria.where("_id").in(allIds)), Briefing.class)) {
			briefings.put(briefing.id(), briefing);
		}
		List<List<Briefing>> pages = new ArrayList<>(queries.size());
		for (List<String> ids : idsByQuery) {
			pages.add(inOrder(ids, briefings));
		}
		return pages;
	}

	/** How many published briefings each criteria matches, with one command for all. */
	List<Integer> count(List<Criteria> matches) {
		Document facets = new Document();
		for (int i = 0; i < matches.size(); i++) {
			facets.append("k" + i, List.of(new Document("$match", new Query(matches.get(i)).getQueryObject()),
					new Document("$group", new Document("_id", null).append("n", new Document("$sum", 1)))));
		}
		Document result = aggregate(facets);
		List<Integer> counts = new ArrayList<>(matches.size());
		for (int i = 0; i < matches.size(); i++) {
			List<Document> groups = (result != null) ? result.getList("k" + i, Document.class, List.of()) : List.of();
			counts.add(groups.isEmpty() ? 0 : ((Number) groups.get(0).get("n")).intValue());
		}
		return counts;
	}

	private List<List<String>> findPageIds(List<PageQuery> queries) {
		Document facets = new Document();
		for (int i = 0; i < queries.size(); i++) {
			facets.append("k" + i, queries.get(i).pipeline());
		}
		Document result = aggregate(facets);
		List<List<String>> ids = new ArrayList<>(queries.size());
		for (int i = 0; i < queries.size(); i++) {
			ids.add(idsOf(result, "k" + i));
		}
		return ids;
	}

	private Document aggregate(Document facets) {
		List<Document> pipeline = List.of(
				new Document("$match", new Document("status", BriefingStatus.PUBLISHED.name())),
				new Document("$facet", facets));
		return this.mongo.getCollection("briefings").aggregate(pipeline).first();
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

	/** The briefings matching some criteria, in an order, up to a limit. */
	record PageQuery(Criteria match, Document order, int limit) {

		List<Document> pipeline() {
			return List.of(new Document("$match", new Query(this.match).getQueryObject()),
					new Document("$sort", this.order), new Document("$limit", this.limit),
					new Document("$project", new Document("_id", 1)));
		}

	}

}
