package app.briefings.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a GraphQL request may run before its client gets {@code REQUEST_TIMEOUT}.
 *
 * @param requestTimeout the longest time from the start of execution to the answer
 */
@ConfigurationProperties("briefings.graphql")
public record RequestTimeoutProperties(@DefaultValue("10s") Duration requestTimeout) {

}
