package app.briefings.graphql.sse;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How server-sent event streams are written: each stream queues what it sends, bounded,
 * and writer threads apart from the delivery threads write it, so that a client that
 * stops reading holds nothing but its own stream.
 *
 * @param streamBuffer how much may wait to be written on one stream; one event more ends
 * it with {@code SLOW_CONSUMER}
 * @param writeTimeout how long one write may make no progress (the client's TCP window
 * stays full) before the stream is ended with {@code SLOW_CONSUMER}
 * @param writerThreads the most streams written at the same moment; a stream beyond it
 * waits for the next free thread
 */
@ConfigurationProperties("briefings.graphql.sse")
public record SseProperties(@DefaultValue("512KB") DataSize streamBuffer, @DefaultValue("10s") Duration writeTimeout,
		@DefaultValue("256") int writerThreads) {

}
