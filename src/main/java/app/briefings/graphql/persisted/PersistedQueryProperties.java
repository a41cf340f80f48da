package app.briefings.graphql.persisted;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Automatic persisted queries (Apollo's protocol).
 *
 * @param maxEntries how many documents the cache keeps before evicting the least recently
 * used
 * @param maxSize how much heap, estimated from each document's text and syntax tree, the
 * cache may hold before evicting the least recently used; a single document larger than
 * this is answered but not kept
 */
@ConfigurationProperties("briefings.graphql.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("5000") int maxEntries, @DefaultValue("32MB") DataSize maxSize) {

}
