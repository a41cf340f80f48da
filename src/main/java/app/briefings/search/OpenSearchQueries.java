package app.briefings.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.FeedCriteria;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Builds the OpenSearch query of a search, the twin of {@link SearchQueries}: the words
 * matched in every field (names weigh 3, titles 2, bodies 1; any field may match), the
 * feed criteria as filters, and the criteria's text as a stemmed phrase in the title or
 * the body.
 */
final class OpenSearchQueries {

	private static final String TITLE_RU = SearchFields.TITLE + "." + OpenSearchIndexDefinition.RUSSIAN_SUBFIELD;

	private static final String BODY_RU = SearchFields.BODY + "." + OpenSearchIndexDefinition.RUSSIAN_SUBFIELD;

	private final NameKeys nameKeys;

	OpenSearchQueries(NameKeys nameKeys) {
		this.nameKeys = nameKeys;
	}

	Query of(String text, FeedCriteria criteria) {
		BoolQuery.Builder query = new BoolQuery.Builder().must(matching(text));
		addAnyOf(query, SearchFields.OFFICIAL, criteria.officialIds());
		addAnyOf(query, SearchFields.ORGANIZATION, criteria.organizationIds());
		addAnyOf(query, SearchFields.OPERATION, criteria.operationIds());
		addAnyOf(query, SearchFields.PLACE, criteria.placeIds());
		addAnyOf(query, SearchFields.SOURCE, criteria.sources());
		if (criteria.language() != null) {
			String language = criteria.language();
			query.filter((filter) -> filter
				.term((term) -> term.field(SearchFields.LANGUAGE).value(FieldValue.of(language))));
		}
		if (criteria.query() != null) {
			query.filter(containing(criteria.query()));
		}
		addPublishedRange(query, criteria);
		return query.build().toQuery();
	}

	private Query matching(String text) {
		List<Query> anyField = new ArrayList<>();
		String keys = this.nameKeys.of(text);
		if (!keys.isEmpty()) {
			anyField.add(match(SearchFields.NAMES, keys, 3.0f));
		}
		anyField.add(match(SearchFields.TITLE, text, 2.0f));
		anyField.add(match(TITLE_RU, text, 2.0f));
		anyField.add(match(SearchFields.BODY, text, 1.0f));
		anyField.add(match(BODY_RU, text, 1.0f));
		return Query.of((query) -> query.bool((bool) -> bool.should(anyField).minimumShouldMatch("1")));
	}

	private static Query match(String field, String text, float boost) {
		return Query.of((query) -> query.match((match) -> match.field(field).query(FieldValue.of(text)).boost(boost)));
	}

	/**
	 * The stemmed phrase in the title or the body: the twin of the feed's text filter.
	 */
	private static Query containing(String text) {
		List<Query> anyField = new ArrayList<>();
		for (String field : List.of(SearchFields.TITLE, TITLE_RU, SearchFields.BODY, BODY_RU)) {
			anyField.add(Query.of((query) -> query.matchPhrase((phrase) -> phrase.field(field).query(text))));
		}
		return Query.of((query) -> query.bool((bool) -> bool.should(anyField).minimumShouldMatch("1")));
	}

	private static void addAnyOf(BoolQuery.Builder query, String field, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
		query.filter((filter) -> filter.terms((anyOf) -> anyOf.field(field).terms((list) -> list.value(terms))));
	}

	private static void addPublishedRange(BoolQuery.Builder query, FeedCriteria criteria) {
		Instant after = criteria.publishedAfter();
		Instant before = criteria.publishedBefore();
		if (after == null && before == null) {
			return;
		}
		query.filter((filter) -> filter.range((range) -> {
			range.field(SearchFields.PUBLISHED_AT);
			if (after != null) {
				range.gte(JsonData.of(after.toEpochMilli()));
			}
			if (before != null) {
				range.lt(JsonData.of(before.toEpochMilli()));
			}
			return range;
		}));
	}

}
