package app.briefings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * Reads a server-sent event stream line by line on a daemon thread of its own, collecting
 * its events with their ids and counting its comments (the keep-alives), until the stream
 * ends or the test closes it.
 */
public final class ServerSentEventReader implements AutoCloseable {

	private final InputStream body;

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private volatile int comments;

	private ServerSentEventReader(InputStream body) {
		this.body = body;
	}

	/** Starts reading the body of a {@code text/event-stream} response. */
	public static ServerSentEventReader start(InputStream body) {
		ServerSentEventReader reader = new ServerSentEventReader(body);
		Thread thread = new Thread(reader::read, "sse-test-reader");
		thread.setDaemon(true);
		thread.start();
		return reader;
	}

	/** The events read so far, in order; the list grows as more arrive. */
	public List<Event> events() {
		return this.events;
	}

	/** How many of the events read so far carry {@code text} in their data. */
	public long eventsContaining(String text) {
		return this.events.stream().filter((event) -> event.data().contains(text)).count();
	}

	/** How many comment lines (keep-alives) were read so far. */
	public int comments() {
		return this.comments;
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
			String id = null;
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith(":")) {
					this.comments++;
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).strip();
				}
				else if (line.startsWith("data:") && line.length() > 5) {
					this.events.add(new Event(id, line.substring(5)));
					id = null;
				}
			}
		}
		catch (IOException ex) {
			return;
		}
	}

	@Override
	public void close() throws IOException {
		this.body.close();
	}

	/** One event: its id when the stream gave one, and its data line. */
	public record Event(@Nullable String id, String data) {

	}

}
