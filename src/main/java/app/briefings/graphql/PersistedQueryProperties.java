package app.briefings.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Automatic persisted queries (Apollo's protocol).
 *
 * @param maxEntries how many documents the cache keeps before evicting the least recently
 * used
 */
@ConfigurationProperties("briefings.graphql.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("5000") int maxEntries) {

}
