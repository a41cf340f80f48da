package app.briefings.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * {@link AsyncRemoteTransport} against a remote endpoint that reports every send as the
 * container does when it copies a message into its output buffer.
 */
class AsyncRemoteTransportTests {

	private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);

	private final Session session = mock(Session.class);

	private final List<@Nullable Throwable> ends = new ArrayList<>();

	AsyncRemoteTransportTests() {
		willAnswer((invocation) -> {
			invocation.<SendHandler>getArgument(1).onResult(new SendResult(this.session));
			return null;
		}).given(this.remote).sendText(anyString(), any(SendHandler.class));
	}

	@Test
	void shouldSendABatchWithBatchingOnAndFlushItOnceAtTheEnd() throws Exception {
		new AsyncRemoteTransport(this.remote).write(List.of("a", "b", "c"), this.ends::add);
		InOrder order = inOrder(this.remote);
		order.verify(this.remote).setBatchingAllowed(true);
		order.verify(this.remote).sendText(eq("a"), any(SendHandler.class));
		order.verify(this.remote).sendText(eq("b"), any(SendHandler.class));
		order.verify(this.remote).sendText(eq("c"), any(SendHandler.class));
		order.verify(this.remote).setBatchingAllowed(false);
		assertThat(this.ends).containsExactly((Throwable) null);
	}

	@Test
	void shouldSendOneMessageAfterTheOtherWithoutBatchingWhenNoBlockingFlushIsFree() throws Exception {
		Semaphore taken = new Semaphore(0);
		new AsyncRemoteTransport(this.remote, taken).write(List.of("a", "b"), this.ends::add);
		InOrder order = inOrder(this.remote);
		order.verify(this.remote).sendText(eq("a"), any(SendHandler.class));
		order.verify(this.remote).sendText(eq("b"), any(SendHandler.class));
		verify(this.remote, never()).setBatchingAllowed(any(Boolean.class));
		assertThat(this.ends).containsExactly((Throwable) null);
	}

	@Test
	void shouldReturnTheBlockingFlushWhenTheBatchIsWritten() throws Exception {
		Semaphore one = new Semaphore(1);
		AsyncRemoteTransport transport = new AsyncRemoteTransport(this.remote, one);
		transport.write(List.of("a", "b"), this.ends::add);
		transport.write(List.of("c", "d"), this.ends::add);
		verify(this.remote, times(2)).setBatchingAllowed(true);
		assertThat(one.availablePermits()).isOne();
	}

	@Test
	void shouldSendASingleMessageWithoutBatching() throws Exception {
		new AsyncRemoteTransport(this.remote).write(List.of("a"), this.ends::add);
		verify(this.remote, never()).setBatchingAllowed(any(Boolean.class));
		assertThat(this.ends).containsExactly((Throwable) null);
	}

	@Test
	void shouldReportAFailedSendOnceAndSendNothingAfterIt() throws Exception {
		IllegalStateException closed = new IllegalStateException("closed");
		willAnswer((invocation) -> {
			invocation.<SendHandler>getArgument(1).onResult(new SendResult(this.session, closed));
			return null;
		}).given(this.remote).sendText(eq("b"), any(SendHandler.class));
		new AsyncRemoteTransport(this.remote).write(List.of("a", "b", "c"), this.ends::add);
		verify(this.remote, never()).sendText(eq("c"), any(SendHandler.class));
		verify(this.remote).setBatchingAllowed(false);
		assertThat(this.ends).containsExactly(closed);
	}

}
