package app.briefings.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The settings and mappings of the OpenSearch index, equivalent to {@link SearchFields}:
 * title and body analyzed by OpenSearch's {@code english} and {@code russian} analyzers
 * (the same Lucene analyzers, given the same joined stop words), the names as the
 * {@link NameKey} keys the application computes, split on spaces, exact keyword fields
 * for the filters and {@code publishedAt} as a date. The schema version is stored in the
 * mapping's {@code _meta}.
 */
final class OpenSearchIndexDefinition {

	/**
	 * The version of this mapping: raise it whenever a field or an analyzer here changes.
	 * It is stored together with {@link SearchFields#SCHEMA_VERSION}, which covers the
	 * name keys the application computes.
	 */
	static final int MAPPING_VERSION = 1;

	static final String SCHEMA_VERSION = SearchFields.SCHEMA_VERSION + "." + MAPPING_VERSION;

	static final String ENGLISH = "briefing_english";

	static final String RUSSIAN = "briefing_russian";

	static final String NAME_KEYS = "name_keys";

	static final String RUSSIAN_SUBFIELD = "ru";

	private OpenSearchIndexDefinition() {
	}

	/** The body of the request that creates the index. */
	static Map<String, Object> createRequest() {
		return Map.of("settings", settings(), "mappings", mappings());
	}

	private static Map<String, Object> settings() {
		List<String> stopWords = stopWords();
		Map<String, Object> analyzers = Map.of(ENGLISH, Map.of("type", "english", "stopwords", stopWords), RUSSIAN,
				Map.of("type", "russian", "stopwords", stopWords), NAME_KEYS, Map.of("type", "whitespace"));
		return Map.of("number_of_shards", 1, "analysis", Map.of("analyzer", analyzers));
	}

	private static Map<String, Object> mappings() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(SearchFields.ID, keyword());
		properties.put(SearchFields.VERSION, Map.of("type", "integer"));
		properties.put(SearchFields.TITLE, stemmedText());
		properties.put(SearchFields.BODY, stemmedText());
		properties.put(SearchFields.NAMES, Map.of("type", "text", "analyzer", NAME_KEYS));
		for (String field : List.of(SearchFields.OFFICIAL, SearchFields.ORGANIZATION, SearchFields.OPERATION,
				SearchFields.PLACE, SearchFields.SOURCE, SearchFields.LANGUAGE)) {
			properties.put(field, keyword());
		}
		properties.put(SearchFields.PUBLISHED_AT, Map.of("type", "date", "format", "epoch_millis"));
		return Map.of("dynamic", "strict", "_meta", Map.of("schemaVersion", SCHEMA_VERSION), "properties", properties);
	}

	private static Map<String, Object> keyword() {
		return Map.of("type", "keyword");
	}

	/**
	 * English stemming on the field itself, Russian stemming on its {@code ru} subfield.
	 */
	private static Map<String, Object> stemmedText() {
		return Map.of("type", "text", "analyzer", ENGLISH, "fields",
				Map.of(RUSSIAN_SUBFIELD, Map.of("type", "text", "analyzer", RUSSIAN)));
	}

	private static List<String> stopWords() {
		CharArraySet set = SearchFields.stopWords();
		List<String> words = new ArrayList<>(set.size());
		for (Object word : set) {
			words.add(new String((char[]) word));
		}
		words.sort(null);
		return words;
	}

}
