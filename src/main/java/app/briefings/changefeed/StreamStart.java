package app.briefings.changefeed;

import org.bson.BsonDocument;
import org.jspecify.annotations.Nullable;

/**
 * Where a change stream begins: at the present, just after a resume token
 * ({@code resumeAfter}), or just after an {@code invalidate} event ({@code startAfter},
 * the only option that can pass one).
 *
 * @param kind how the stream begins
 * @param token the resume token it begins after; null only for {@link Kind#NOW}
 */
record StreamStart(Kind kind, @Nullable BsonDocument token) {

	static StreamStart now() {
		return new StreamStart(Kind.NOW, null);
	}

	static StreamStart resumeAfter(BsonDocument token) {
		return new StreamStart(Kind.RESUME_AFTER, token);
	}

	static StreamStart startAfter(BsonDocument token) {
		return new StreamStart(Kind.START_AFTER, token);
	}

	/** The three ways a change stream can begin. */
	enum Kind {

		NOW, RESUME_AFTER, START_AFTER

	}

}
