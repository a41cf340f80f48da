package app.briefings.changefeed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Change feed settings.
 *
 * @param mode {@code auto}: in-process events with the embedded server, change streams
 * otherwise; or force {@code in-process} or {@code change-stream}
 */
@ConfigurationProperties("briefings.change-feed")
public record ChangeFeedProperties(@DefaultValue("auto") Mode mode) {

	/** How changes reach this instance. */
	public enum Mode {

		AUTO, IN_PROCESS, CHANGE_STREAM

	}

}
