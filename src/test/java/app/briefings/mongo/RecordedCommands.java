package app.briefings.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps a copy of every command the application sends to its database from the moment the
 * client is built, so that the indexes it declares at start-up and the queries it sends
 * afterwards can be compared.
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordedCommands implements CommandListener {

	private static final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

	@Bean
	static MongoClientSettingsBuilderCustomizer commandRecording() {
		return (settings) -> settings.addCommandListener(new RecordedCommands());
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (!event.getDatabaseName().equals("admin")) {
			commands.add(BsonDocument.parse(event.getCommand().toJson()));
		}
	}

	/** Every command recorded so far, oldest first. */
	static List<BsonDocument> all() {
		return List.copyOf(commands);
	}

	/** The indexes the recorded {@code createIndexes} commands declare. */
	static List<DeclaredIndex> declaredIndexes() {
		List<DeclaredIndex> declared = new ArrayList<>();
		for (BsonDocument command : commands) {
			if (command.getFirstKey().equals("createIndexes")) {
				declared.addAll(DeclaredIndex.fromCreateIndexes(command));
			}
		}
		return declared;
	}

}
