package app.briefings.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search index settings.
 *
 * @param indexPath folder of the search index; when unset, a {@code search-index} folder
 * next to the embedded server's data for {@code file} storage, and memory otherwise
 * @param commitInterval how often an index on disk commits while writes come; what a
 * crash loses in between is caught up from MongoDB at the next start
 * @param engine where the index lives: embedded Lucene (the default) or OpenSearch
 * @param opensearch where the OpenSearch index is, when {@code engine} is
 * {@code opensearch}
 */
@ConfigurationProperties("briefings.search")
record SearchProperties(@Nullable Path indexPath, @DefaultValue("2s") Duration commitInterval,
		@DefaultValue("lucene") Engine engine, @DefaultValue OpenSearch opensearch) {

	/** The implementations of the search port. */
	enum Engine {

		/** Embedded Lucene, in memory or on disk: one index per instance. */
		LUCENE,

		/** An OpenSearch index shared by every instance. */
		OPENSEARCH

	}

	/**
	 * The OpenSearch index.
	 *
	 * @param url the address of the OpenSearch cluster's HTTP endpoint
	 * @param index the name of the index of briefings
	 */
	record OpenSearch(@DefaultValue("http://localhost:9200") URI url, @DefaultValue("briefings") String index) {

	}

}
