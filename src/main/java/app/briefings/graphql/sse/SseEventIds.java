package app.briefings.graphql.sse;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * The {@code id} of each event of one server-sent events stream, and the
 * {@code Last-Event-ID} its client sent. A subscription that can resume adds the id of
 * each of its events, in order, as it emits them; the stream writes them on its events in
 * the same order (graphql-java maps each source event to exactly one result, in order).
 */
public final class SseEventIds {

	static final String ATTRIBUTE = SseEventIds.class.getName();

	private final Queue<String> ids = new ConcurrentLinkedQueue<>();

	private final @Nullable String lastEventId;

	SseEventIds(@Nullable String lastEventId) {
		this.lastEventId = (lastEventId != null && !lastEventId.isBlank()) ? lastEventId.strip() : null;
	}

	/** The ids of the stream this operation runs on, or null over other transports. */
	public static @Nullable SseEventIds of(GraphQLContext context) {
		return context.get(ATTRIBUTE);
	}

	/** The {@code Last-Event-ID} header of a reconnecting client, or null. */
	public @Nullable String lastEventId() {
		return this.lastEventId;
	}

	/** The id of the next event the subscription emits. */
	public void add(String id) {
		this.ids.add(id);
	}

	@Nullable String next() {
		return this.ids.poll();
	}

}
