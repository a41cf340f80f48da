package app.briefings.websocket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.graphql.subscription.SharedPayloads;
import app.briefings.graphql.subscription.SharedPayloadsFixture;
import com.fasterxml.jackson.annotation.JsonValue;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.support.GraphQlWebSocketMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-ws messages of operations: a {@code next} of a shared result is written
 * with that result's JSON made once for every subscriber, and every message reads exactly
 * as Spring for GraphQL's own writing of it.
 */
class FramesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldWriteANextAroundASharedValueExactlyAsSpringWritesTheWholeMessage() {
		Map<String, Object> value = change("Envoy \"Zas\" — Минск \u2028 said", new AtomicInteger());
		Map<String, Object> result = Map.of("data", Map.of("briefingChanged", value));
		Frame frame = frames(SharedPayloadsFixture.sharing(value)).next("op-7\"", result);
		assertThat(frame.text()).isEqualTo(spring(GraphQlWebSocketMessage.next("op-7\"", result)));
		assertThat(frame.id()).isEqualTo("op-7\"");
		assertThat(frame.type()).isEqualTo("next");
		assertThat(frame.ends()).isFalse();
	}

	@Test
	void shouldWriteANextWithAPlainIdAndAnAliasExactlyAsSpringWritesIt() {
		Map<String, Object> value = change("Envoy \"Zas\" \\ Минск \u0007 said", new AtomicInteger());
		Frames frames = frames(SharedPayloadsFixture.sharing(value));
		for (String id : List.of("1", "a0b1c2d3-e4f5-4789-9abc-def012345678", "op_7.x:2", "", "op 7", "op\u00e9")) {
			Map<String, Object> result = Map.of("data", Map.of("changed_2", value));
			assertThat(frames.next(id, result).text()).isEqualTo(spring(GraphQlWebSocketMessage.next(id, result)));
		}
	}

	@Test
	void shouldSerializeASharedValueOnceForEverySubscriberOfIt() {
		AtomicInteger serialized = new AtomicInteger();
		Map<String, Object> value = change("Envoy said", serialized);
		Frames frames = frames(SharedPayloadsFixture.sharing(value));
		List<String> texts = new ArrayList<>();
		for (int subscriber = 1; subscriber <= 10; subscriber++) {
			texts.add(frames.next(String.valueOf(subscriber), Map.of("data", Map.of("briefingChanged", value))).text());
		}
		assertThat(serialized).hasValue(1);
		assertThat(texts).hasSize(10).doesNotHaveDuplicates();
		for (int subscriber = 1; subscriber <= 10; subscriber++) {
			Map<String, Object> expected = Map.of("data", Map.of("briefingChanged", value));
			assertThat(texts.get(subscriber - 1))
				.isEqualTo(spring(GraphQlWebSocketMessage.next(String.valueOf(subscriber), expected)));
		}
	}

	@Test
	void shouldSerializeAValueThatIsNotSharedForEachMessage() {
		AtomicInteger serialized = new AtomicInteger();
		Map<String, Object> value = change("Envoy said", serialized);
		Frames frames = frames(SharedPayloadsFixture.none());
		for (int subscriber = 1; subscriber <= 3; subscriber++) {
			frames.next(String.valueOf(subscriber), Map.of("data", Map.of("briefingChanged", value)));
		}
		assertThat(serialized).hasValue(3);
	}

	@Test
	void shouldWriteResultsWithErrorsAndOtherMessagesAsSpringDoes() {
		Map<String, Object> value = change("Envoy said", new AtomicInteger());
		Frames frames = frames(SharedPayloadsFixture.sharing(value));
		Map<String, Object> withErrors = new LinkedHashMap<>();
		withErrors.put("data", Map.of("briefingChanged", value));
		withErrors.put("errors", List.of(Map.of("message", "partly failed")));
		assertThat(frames.next("1", withErrors).text())
			.isEqualTo(spring(GraphQlWebSocketMessage.next("1", withErrors)));
		Map<String, Object> nullData = new LinkedHashMap<>();
		nullData.put("briefingChanged", null);
		assertThat(frames.next("1", Map.of("data", nullData)).text())
			.isEqualTo(spring(GraphQlWebSocketMessage.next("1", Map.of("data", nullData))));
		assertThat(frames.complete("1").text()).isEqualTo(spring(GraphQlWebSocketMessage.complete("1")));
		assertThat(frames.complete("1").ends()).isTrue();
		var errors = List.of(GraphqlErrorBuilder.newError().message("Subscription error").build());
		assertThat(frames.error("1", errors).text()).isEqualTo(spring(GraphQlWebSocketMessage.error("1", errors)));
		assertThat(frames.error("1", errors).ends()).isTrue();
	}

	@Test
	void shouldWriteTheConnectionsOwnMessagesAsSpringDoesTheUsualOnesOnce() {
		Frames frames = frames(SharedPayloadsFixture.sharing(Map.of()));
		assertThat(frames.connectionAck(Map.of())).isEqualTo(spring(GraphQlWebSocketMessage.connectionAck(Map.of())))
			.isSameAs(frames.connectionAck(new LinkedHashMap<>()));
		Map<String, Object> payload = Map.of("server", "briefings");
		assertThat(frames.connectionAck(payload)).isEqualTo(spring(GraphQlWebSocketMessage.connectionAck(payload)));
		assertThat(frames.ping()).isEqualTo(spring(GraphQlWebSocketMessage.ping(null))).isSameAs(frames.ping());
		assertThat(frames.pong()).isEqualTo(spring(GraphQlWebSocketMessage.pong(null))).isSameAs(frames.pong());
	}

	private Frames frames(SharedPayloads shared) {
		return new Frames(this.json, shared);
	}

	private String spring(GraphQlWebSocketMessage message) {
		return this.json.writeValueAsString(message);
	}

	private static Map<String, Object> change(String title, AtomicInteger serialized) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("briefingId", "QnJpZWZpbmc6MQ==");
		node.put("kind", "PUBLISHED");
		node.put("title", new CountedText(title, serialized));
		node.put("version", 3);
		node.put("officials", List.of(Map.of("name", "Stanislav Zas")));
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("cursor", "djE6NDI");
		value.put("node", node);
		return value;
	}

	/** A text that counts how many times it is written as JSON. */
	static final class CountedText {

		private final String text;

		private final AtomicInteger serialized;

		CountedText(String text, AtomicInteger serialized) {
			this.text = text;
			this.serialized = serialized;
		}

		@JsonValue
		String text() {
			this.serialized.incrementAndGet();
			return this.text;
		}

	}

}
