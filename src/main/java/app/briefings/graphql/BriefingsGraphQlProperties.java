package app.briefings.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's own GraphQL settings, everything under {@code briefings.graphql}
 * (Spring for GraphQL's settings stay under {@code spring.graphql}).
 *
 * @param requestTimeout the longest time from the start of execution to the answer; past
 * it the client gets {@code REQUEST_TIMEOUT}
 * @param get queries over {@code GET}
 * @param persistedQueries automatic persisted queries (Apollo's protocol)
 */
@ConfigurationProperties("briefings.graphql")
public record BriefingsGraphQlProperties(@DefaultValue("10s") Duration requestTimeout, @DefaultValue Get get,
		@DefaultValue PersistedQueries persistedQueries) {

	/**
	 * Queries sent over {@code GET}, which shared caches may keep.
	 *
	 * @param maxAge the {@code Cache-Control: max-age} of a public answer
	 */
	public record Get(@DefaultValue("30s") Duration maxAge) {

	}

	/**
	 * The bounded cache of automatic persisted queries.
	 *
	 * @param maxEntries how many documents the cache keeps before evicting the least
	 * recently used
	 * @param maxSize how much heap, estimated from each document's text and syntax tree,
	 * the cache may hold before evicting the least recently used; a single document
	 * larger than this is answered but not kept
	 */
	public record PersistedQueries(@DefaultValue("5000") int maxEntries, @DefaultValue("32MB") DataSize maxSize) {

	}

}
