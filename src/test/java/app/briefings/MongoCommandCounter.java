package app.briefings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the MongoDB commands the application sends, so tests can count them per
 * request. On a replica set the change feed reads in the background (the change stream's
 * {@code aggregate} and {@code getMore}s, and its listeners' reads on the reader thread);
 * those are not the request's commands and are left out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounter implements CommandListener {

	/** The thread the change stream is read on, with the listeners it calls. */
	static final String CHANGE_FEED_THREAD = "briefings-change-stream";

	private static final List<String> commands = new CopyOnWriteArrayList<>();

	private static final List<ThreadCommand> threadCommands = new CopyOnWriteArrayList<>();

	private static final Set<Long> changeStreamCursors = ConcurrentHashMap.newKeySet();

	private static final Set<Integer> changeStreamRequests = ConcurrentHashMap.newKeySet();

	@Bean
	static MongoClientSettingsBuilderCustomizer commandCounting() {
		return (settings) -> settings.addCommandListener(new MongoCommandCounter());
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (isChangeStream(event.getCommandName(), event.getCommand())) {
			changeStreamRequests.add(event.getRequestId());
			return;
		}
		if (!Thread.currentThread().getName().startsWith(CHANGE_FEED_THREAD)) {
			commands.add(event.getCommandName());
			threadCommands.add(new ThreadCommand(Thread.currentThread(), event.getCommandName() + " " + target(event)));
		}
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		if (changeStreamRequests.remove(event.getRequestId())) {
			BsonValue cursor = event.getResponse().get("cursor");
			if (cursor != null && cursor.isDocument() && cursor.asDocument().isNumber("id")) {
				changeStreamCursors.add(cursor.asDocument().getNumber("id").longValue());
			}
		}
	}

	private static String target(CommandStartedEvent event) {
		BsonValue target = event.getCommand().get(event.getCommandName(), new BsonString(""));
		return target.isString() ? target.asString().getValue() : target.toString();
	}

	/** Whether the command opens or continues a change stream. */
	static boolean isChangeStream(String name, BsonDocument command) {
		if (name.equals("getMore")) {
			return changeStreamCursors.contains(command.getNumber("getMore").longValue());
		}
		if (!name.equals("aggregate") || !command.isArray("pipeline") || command.getArray("pipeline").isEmpty()) {
			return false;
		}
		BsonValue first = command.getArray("pipeline").get(0);
		return first.isDocument() && first.asDocument().containsKey("$changeStream");
	}

	public static void reset() {
		commands.clear();
		threadCommands.clear();
	}

	/** The names of the request commands sent since the last {@link #reset()}. */
	public static List<String> commands() {
		return new ArrayList<>(commands);
	}

	/**
	 * The commands the calling thread sent since the last {@link #reset()}, each as its
	 * name and target (usually the collection), so that work the request does not cause
	 * (background readers, other tests' requests) is not counted.
	 */
	public static List<String> commandsOfThisThread() {
		List<String> mine = new ArrayList<>();
		for (ThreadCommand command : threadCommands) {
			if (command.thread() == Thread.currentThread()) {
				mine.add(command.command());
			}
		}
		return mine;
	}

	/**
	 * The request commands of every thread sent since the last {@link #reset()}, each as
	 * its name and target, for requests served on the server's own threads.
	 */
	public static List<String> commandsWithTargets() {
		List<String> all = new ArrayList<>();
		for (ThreadCommand command : threadCommands) {
			all.add(command.command());
		}
		return all;
	}

	/**
	 * The commands sent since the last {@link #reset()} by the threads that serve HTTP
	 * requests (the servlet container's and the GraphQL execution pool's), each as its
	 * name and target: what requests cost, without the background readers that react to
	 * their writes (the change-log tail, live fan-out, search index) at times of their
	 * own.
	 */
	public static List<String> commandsOfRequestThreads() {
		List<String> requests = new ArrayList<>();
		for (ThreadCommand command : threadCommands) {
			String name = command.thread().getName();
			if (name.startsWith("http-nio-") || name.startsWith("graphql-execution")) {
				requests.add(command.command());
			}
		}
		return requests;
	}

	private record ThreadCommand(Thread thread, String command) {

	}

}
