package app.briefings.websocket;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.security.CallerAuthenticator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The caps and the idle rule of {@link Connections}, on small limits.
 */
class ConnectionsTests {

	private static final AtomicInteger ids = new AtomicInteger();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Connections connections = new Connections(new WebSocketLimits(2, 3, 20, Duration.ZERO),
			mock(CallerAuthenticator.class), Duration.ofHours(1));

	@AfterEach
	void stopSweeper() {
		this.connections.close();
	}

	@Test
	void shouldRefuseAnAddressAtItsCapWith429AndEveryoneAtTheTotalCapWith503() {
		assertThat(this.connections.open(connection("10.0.0.1"))).isTrue();
		assertThat(this.connections.open(connection("10.0.0.1"))).isTrue();
		assertThat(this.connections.refusalFor("10.0.0.1")).isEqualTo(ConnectionRefusal.addressFull(2));
		assertThat(this.connections.open(connection("10.0.0.1"))).isFalse();
		assertThat(this.connections.refusalFor("10.0.0.2")).isNull();
		assertThat(this.connections.open(connection("10.0.0.2"))).isTrue();
		assertThat(this.connections.refusalFor("10.0.0.3")).isEqualTo(ConnectionRefusal.serverFull(3));
		assertThat(ConnectionRefusal.serverFull(3).status().value()).isEqualTo(503);
		assertThat(ConnectionRefusal.addressFull(2).status().value()).isEqualTo(429);
	}

	@Test
	void shouldAdmitAndCountOutSocketsWhileAnotherThreadHoldsTheLock() throws Exception {
		Connection socket = connection("10.0.0.1");
		synchronized (this.connections) {
			CompletableFuture.runAsync(() -> {
				assertThat(this.connections.open(socket)).isTrue();
				assertThat(this.connections.remove(socket.getId())).isSameAs(socket);
			}).get(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void shouldCountBackToZeroAfterSocketsOpenAndCloseFromManyThreads() throws Exception {
		Connections wide = new Connections(new WebSocketLimits(5, 8, 20, Duration.ZERO),
				mock(CallerAuthenticator.class), Duration.ofHours(1));
		try {
			List<CompletableFuture<Void>> workers = new ArrayList<>();
			for (int worker = 0; worker < 6; worker++) {
				String address = "10.0.0." + (worker % 2);
				workers.add(CompletableFuture.runAsync(() -> openAndClose(wide, address)));
			}
			CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			for (int i = 0; i < 5; i++) {
				assertThat(wide.open(connection("10.0.0.0"))).isTrue();
			}
			assertThat(wide.open(connection("10.0.0.0"))).isFalse();
			for (int i = 0; i < 3; i++) {
				assertThat(wide.open(connection("10.0.0.1"))).isTrue();
			}
			assertThat(wide.refusalFor("10.0.0.2")).isEqualTo(ConnectionRefusal.serverFull(8));
		}
		finally {
			wide.close();
		}
	}

	private void openAndClose(Connections wide, String address) {
		List<Connection> held = new ArrayList<>();
		for (int round = 0; round < 300; round++) {
			Connection socket = connection(address);
			if (wide.open(socket)) {
				held.add(socket);
			}
			if (round % 3 == 0) {
				held.forEach((open) -> wide.remove(open.getId()));
				held.clear();
			}
		}
		held.forEach((open) -> wide.remove(open.getId()));
	}

	@Test
	void shouldFreeAPlaceWhenASocketCloses() {
		Connection first = connection("10.0.0.1");
		this.connections.open(first);
		this.connections.open(connection("10.0.0.1"));
		this.connections.remove(first.getId());
		assertThat(this.connections.refusalFor("10.0.0.1")).isNull();
	}

	@Test
	void shouldCloseSocketsWithNothingRunningAndKeepTheOthers() throws Exception {
		Connection idle = connection("10.0.0.1");
		Connection busy = connection("10.0.0.2");
		this.connections.open(idle);
		this.connections.open(busy);
		busy.started("live");
		this.connections.sweep();
		then(idle.getDelegate()).should().close(CloseCodes.IDLE);
		then(busy.getDelegate()).should(never()).close(any(CloseStatus.class));
	}

	private Connection connection(String address) {
		WebSocketSession session = mock(WebSocketSession.class);
		given(session.getId()).willReturn("session-" + ids.incrementAndGet());
		given(session.isOpen()).willReturn(true);
		given(session.getRemoteAddress()).willReturn(new InetSocketAddress(address, 40000));
		return new Connection(session, this.json, address, null, 65536);
	}

}
