package app.briefings.search;

import java.util.List;
import java.util.Map;

import app.briefings.briefing.FeedCriteria;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query of a search: the text analyzed into every field (any field may
 * match, names and titles weigh more), restricted by the feed criteria as filters.
 */
final class SearchQueries {

	private final QueryBuilder builder;

	SearchQueries(Analyzer perFieldAnalyzer) {
		this.builder = new QueryBuilder(perFieldAnalyzer);
	}

	Query of(String text, FeedCriteria criteria) {
		Query matching = matching(text);
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching, Occur.MUST);
		addAnyOf(query, SearchFields.OFFICIAL, criteria.officialIds());
		addAnyOf(query, SearchFields.ORGANIZATION, criteria.organizationIds());
		addAnyOf(query, SearchFields.OPERATION, criteria.operationIds());
		addAnyOf(query, SearchFields.PLACE, criteria.placeIds());
		addAnyOf(query, SearchFields.SOURCE, criteria.sources());
		if (criteria.language() != null) {
			query.add(new TermQuery(new Term(SearchFields.LANGUAGE, criteria.language())), Occur.FILTER);
		}
		if (criteria.query() != null) {
			query.add(containing(criteria.query()), Occur.FILTER);
		}
		addPublishedRange(query, criteria);
		return query.build();
	}

	private Query matching(String text) {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> field : SearchFields.BOOSTS) {
			Query query = this.builder.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
			if (query != null) {
				anyField.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
			}
		}
		return orNothing(anyField.build());
	}

	/**
	 * The stemmed phrase in the title or the body: the search twin of the feed's text
	 * filter.
	 */
	private Query containing(String text) {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder();
		for (String field : SearchFields.TEXT) {
			Query query = this.builder.createPhraseQuery(field, text);
			if (query != null) {
				anyField.add(query, Occur.SHOULD);
			}
		}
		return orNothing(anyField.build());
	}

	private static Query orNothing(BooleanQuery query) {
		return query.clauses().isEmpty() ? new MatchNoDocsQuery("nothing to search for") : query;
	}

	private static void addAnyOf(BooleanQuery.Builder query, String field, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
		for (String value : values) {
			anyOf.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
		}
		query.add(anyOf.build(), Occur.FILTER);
	}

	private static void addPublishedRange(BooleanQuery.Builder query, FeedCriteria criteria) {
		if (criteria.publishedAfter() == null && criteria.publishedBefore() == null) {
			return;
		}
		long from = (criteria.publishedAfter() != null) ? criteria.publishedAfter().toEpochMilli() : Long.MIN_VALUE;
		long to = (criteria.publishedBefore() != null) ? criteria.publishedBefore().toEpochMilli() - 1 : Long.MAX_VALUE;
		query.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED_AT, from, to), Occur.FILTER);
	}

}
