package app.briefings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the MongoDB commands the application sends, so tests can count them per
 * request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounter implements CommandListener {

	private static final List<String> commands = new CopyOnWriteArrayList<>();

	@Bean
	static MongoClientSettingsBuilderCustomizer commandCounting() {
		return (settings) -> settings.addCommandListener(new MongoCommandCounter());
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		commands.add(event.getCommandName());
	}

	public static void reset() {
		commands.clear();
	}

	/** The names of the commands sent since the last {@link #reset()}. */
	public static List<String> commands() {
		return List.copyOf(commands);
	}

}
