package app.briefings.briefing;

import org.jspecify.annotations.Nullable;

/**
 * Where a briefing comes from: the publication, the original's address and its author.
 */
public record Source(@Nullable String name, @Nullable String url, @Nullable String author) {

}
