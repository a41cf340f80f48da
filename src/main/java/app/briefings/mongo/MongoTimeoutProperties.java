package app.briefings.mongo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Driver timeouts.
 *
 * @param serverSelection how long an operation waits for a usable server
 * @param connect how long opening a connection may take
 * @param read how long a single operation may wait for its reply
 */
@ConfigurationProperties("briefings.mongo.timeouts")
public record MongoTimeoutProperties(@DefaultValue("3s") Duration serverSelection, @DefaultValue("2s") Duration connect,
		@DefaultValue("5s") Duration read) {

}
