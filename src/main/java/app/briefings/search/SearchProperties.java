package app.briefings.search;

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
 */
@ConfigurationProperties("briefings.search")
record SearchProperties(@Nullable Path indexPath, @DefaultValue("2s") Duration commitInterval) {

}
