package app.briefings.graphql.subscription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the shared execution of subscription events.
 *
 * @param enabled whether subscribers with equal selections, variables and rights share
 * the execution of an event; off, every subscriber runs every event itself
 * @param maxEntries how many (event, selection) results are kept at most; the oldest
 * leave first
 * @param maxSize how much heap the finished results may take at most, estimated from
 * their values (erring high); the oldest leave first
 * @param reuseFor how long after the first subscriber ran an event later subscribers
 * reuse its result; subscribers that get the event later run it again, so nested data
 * read from the database is never older than this
 */
@ConfigurationProperties("briefings.graphql.shared-subscriptions")
record SharedSubscriptionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("4096") int maxEntries,
		@DefaultValue("16MB") DataSize maxSize, @DefaultValue("60s") Duration reuseFor) {

}
