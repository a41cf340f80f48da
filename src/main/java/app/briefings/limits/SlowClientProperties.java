package app.briefings.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on clients that send their request bodies slowly.
 *
 * @param bodyReadTimeout how long a request body may take to arrive in full; a client
 * still sending after that is answered 408 and disconnected
 * @param maxBodyReadsPerAddress how many request bodies from one address may be arriving
 * at once; one more is answered 429 at once, so one address can hold at most this many
 * request threads while it trickles
 */
@ConfigurationProperties("briefings.limits.slow-clients")
public record SlowClientProperties(@DefaultValue("10s") Duration bodyReadTimeout,
		@DefaultValue("16") int maxBodyReadsPerAddress) {

}
