package app.briefings.graphql.sse;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.function.ServerResponse;

/**
 * One thing queued for a server-sent events stream: an empty comment (which sends the
 * headers and keeps the connection alive), a {@code next} event with its JSON already
 * written out, or {@code complete}, which ends the response.
 *
 * @param kind what it is
 * @param id the event id, for {@code next} events of resumable subscriptions
 * @param json the event's data
 */
record SseFrame(Kind kind, @Nullable String id, String json) {

	static final SseFrame COMMENT = new SseFrame(Kind.COMMENT, null, "");

	static final SseFrame COMPLETE = new SseFrame(Kind.COMPLETE, null, "");

	static SseFrame next(@Nullable String id, String json) {
		return new SseFrame(Kind.NEXT, id, json);
	}

	/** About how many bytes it takes on the wire. */
	int size() {
		int idSize = (this.id != null) ? this.id.length() + 4 : 0;
		return this.json.length() + idSize + 20;
	}

	/** Writes it and flushes; a blocking write, made on a writer thread only. */
	void writeTo(ServerResponse.SseBuilder sse) throws IOException {
		switch (this.kind) {
			case COMMENT -> {
				sse.comment("");
				sse.send();
			}
			case NEXT -> {
				if (this.id != null) {
					sse.id(this.id);
				}
				sse.event("next");
				sse.data(this.json);
			}
			case COMPLETE -> {
				sse.event("complete");
				sse.data("");
				sse.complete();
			}
		}
	}

	/** The kinds of frame. */
	enum Kind {

		COMMENT, NEXT, COMPLETE

	}

}
