package app.briefings.websocket;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendResult;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Outbox}'s messages through the container's asynchronous remote
 * endpoint. A single message is one asynchronous send, whose end the container reports
 * from a task on its executor. Several are sent with the container's batching on: each is
 * copied into its output buffer and reported at once, and turning batching off again
 * writes them to the socket together, so a burst costs one socket write and no executor
 * task per message. That last write blocks the calling thread while the socket takes it,
 * up to the send timeout; batches form only behind a write under way, so that thread is
 * the container's, finishing the previous write, not the thread that produced a result.
 */
final class AsyncRemoteTransport implements Outbox.Transport {

	private final RemoteEndpoint.Async remote;

	AsyncRemoteTransport(RemoteEndpoint.Async remote) {
		this.remote = remote;
	}

	@Override
	public void write(List<String> messages, Consumer<@Nullable Throwable> written) {
		if (messages.size() == 1) {
			this.remote.sendText(messages.get(0), (result) -> written.accept(failureOf(result)));
			return;
		}
		try {
			this.remote.setBatchingAllowed(true);
		}
		catch (IOException ex) {
			written.accept(ex);
			return;
		}
		sendFrom(messages, 0, written);
	}

	private void sendFrom(List<String> messages, int index, Consumer<@Nullable Throwable> written) {
		if (index == messages.size()) {
			flush(written);
			return;
		}
		this.remote.sendText(messages.get(index), (result) -> {
			Throwable failure = failureOf(result);
			if (failure != null) {
				written.accept(failure);
				return;
			}
			sendFrom(messages, index + 1, written);
		});
	}

	private void flush(Consumer<@Nullable Throwable> written) {
		try {
			this.remote.setBatchingAllowed(false);
		}
		catch (IOException | RuntimeException ex) {
			written.accept(ex);
			return;
		}
		written.accept(null);
	}

	private static @Nullable Throwable failureOf(SendResult result) {
		if (result.isOK()) {
			return null;
		}
		return (result.getException() != null) ? result.getException() : new IOException("The write failed");
	}

}
