package app.briefings.websocket;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
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
 * up to the send timeout. Batches form only behind a write under way, so that thread is
 * the container's, finishing the previous write, not the thread that produced a result;
 * and at most {@value #BLOCKING_FLUSHES} such writes run at once in the application, so
 * clients that stop reading can hold at most that many container threads (each for at
 * most the send timeout). Without a free one the batch is sent one asynchronous message
 * after the other, as a single message is.
 */
final class AsyncRemoteTransport implements Outbox.Transport {

	static final int BLOCKING_FLUSHES = 8;

	private static final Semaphore applicationFlushes = new Semaphore(BLOCKING_FLUSHES);

	private final RemoteEndpoint.Async remote;

	private final Semaphore flushes;

	AsyncRemoteTransport(RemoteEndpoint.Async remote) {
		this(remote, applicationFlushes);
	}

	AsyncRemoteTransport(RemoteEndpoint.Async remote, Semaphore flushes) {
		this.remote = remote;
		this.flushes = flushes;
	}

	@Override
	public void write(List<String> messages, Consumer<@Nullable Throwable> written) {
		if (messages.size() == 1 || !this.flushes.tryAcquire()) {
			sendFrom(messages, 0, false, written);
			return;
		}
		try {
			this.remote.setBatchingAllowed(true);
		}
		catch (IOException | RuntimeException ex) {
			this.flushes.release();
			written.accept(ex);
			return;
		}
		sendFrom(messages, 0, true, written);
	}

	private void sendFrom(List<String> messages, int index, boolean batching, Consumer<@Nullable Throwable> written) {
		if (index == messages.size()) {
			end(batching, null, written);
			return;
		}
		this.remote.sendText(messages.get(index), (result) -> {
			Throwable failure = failureOf(result);
			if (failure != null) {
				end(batching, failure, written);
				return;
			}
			sendFrom(messages, index + 1, batching, written);
		});
	}

	private void end(boolean batching, @Nullable Throwable failure, Consumer<@Nullable Throwable> written) {
		if (!batching) {
			written.accept(failure);
			return;
		}
		try {
			this.remote.setBatchingAllowed(false);
		}
		catch (IOException | RuntimeException ex) {
			failure = (failure != null) ? failure : ex;
		}
		finally {
			this.flushes.release();
		}
		written.accept(failure);
	}

	private static @Nullable Throwable failureOf(SendResult result) {
		if (result.isOK()) {
			return null;
		}
		return (result.getException() != null) ? result.getException() : new IOException("The write failed");
	}

}
