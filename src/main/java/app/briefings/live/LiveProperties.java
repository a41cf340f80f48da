package app.briefings.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live delivery settings.
 *
 * @param subscriberBuffer how many events wait for one subscriber that reads more slowly
 * than they are published; one more ends its subscription with {@code SLOW_CONSUMER}
 * @param pendingChanges how many changes wait to be read and fanned out; beyond that,
 * changes are not delivered live (they stay in the feed) and one line is logged
 * @param deliveryThreads the threads that run subscribers' selection sets and hand events
 * to their connections, apart from the threads that ingest; one by default, so that on a
 * small machine delivery leaves the other cores to ingestion and queries
 */
@ConfigurationProperties("briefings.live")
public record LiveProperties(@DefaultValue("256") int subscriberBuffer, @DefaultValue("10000") int pendingChanges,
		@DefaultValue("1") int deliveryThreads) {

}
