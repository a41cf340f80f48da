package app.briefings.mongo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.jspecify.annotations.Nullable;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlines;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every data command the application sends with the thread that sent it, the
 * {@code maxTimeMS} it carries and the time left before the sending thread's request
 * deadline at that moment; for a {@code getMore}, whether the cursor it continues was
 * opened with {@code maxTimeMS}.
 */
@TestConfiguration(proxyBeanMethods = false)
class LimitedCommands implements CommandListener {

	/** The commands that read or write data, the ones a time limit is about. */
	static final Set<String> DATA_COMMANDS = Set.of("find", "aggregate", "count", "insert", "update", "delete",
			"findAndModify", "getMore");

	private static final List<Sent> sent = new CopyOnWriteArrayList<>();

	private static final Map<Integer, Boolean> openingLimited = new ConcurrentHashMap<>();

	private static final Set<Long> limitedCursors = ConcurrentHashMap.newKeySet();

	@Bean
	static MongoClientSettingsBuilderCustomizer limitRecording() {
		return (settings) -> settings.addCommandListener(new LimitedCommands());
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (!DATA_COMMANDS.contains(event.getCommandName())) {
			return;
		}
		BsonDocument command = event.getCommand();
		Long maxTimeMs = command.isNumber("maxTimeMS") ? command.getNumber("maxTimeMS").longValue() : null;
		Long remainingMs = RequestDeadlines.current()
			.map(RequestDeadline::remaining)
			.map((left) -> left.toMillis() + 1)
			.orElse(null);
		BsonValue target = command.get(event.getCommandName());
		boolean cursorLimited = false;
		if (event.getCommandName().equals("getMore")) {
			cursorLimited = limitedCursors.contains(target.asNumber().longValue());
		}
		else {
			openingLimited.put(event.getRequestId(), maxTimeMs != null);
		}
		sent.add(new Sent(event.getCommandName(), target.isString() ? target.asString().getValue() : target.toString(),
				Thread.currentThread().getName(), maxTimeMs, remainingMs, cursorLimited));
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		Boolean limited = openingLimited.remove(event.getRequestId());
		BsonValue cursor = event.getResponse().get("cursor");
		if (Boolean.TRUE.equals(limited) && cursor != null && cursor.isDocument()
				&& cursor.asDocument().isNumber("id")) {
			limitedCursors.add(cursor.asDocument().getNumber("id").longValue());
		}
	}

	@Override
	public void commandFailed(CommandFailedEvent event) {
		openingLimited.remove(event.getRequestId());
	}

	static void clear() {
		sent.clear();
	}

	static List<Sent> all() {
		return List.copyOf(sent);
	}

	/**
	 * One command as sent.
	 *
	 * @param name the command's name
	 * @param target its collection, or the cursor id of a {@code getMore}
	 * @param thread the thread that sent it
	 * @param maxTimeMs its {@code maxTimeMS}, if any
	 * @param remainingMs the time left before the sending thread's request deadline,
	 * rounded up to the next millisecond, if the thread had one
	 * @param cursorLimited for a {@code getMore}, whether the command that opened its
	 * cursor carried {@code maxTimeMS}
	 */
	record Sent(String name, String target, String thread, @Nullable Long maxTimeMs, @Nullable Long remainingMs,
			boolean cursorLimited) {

		boolean onRequestThread() {
			return this.thread.startsWith("http-nio") || this.thread.startsWith("graphql-execution");
		}

		@Override
		public String toString() {
			return this.name + " " + this.target + " on " + this.thread + " maxTimeMS=" + this.maxTimeMs + " remaining="
					+ this.remainingMs;
		}

	}

}
