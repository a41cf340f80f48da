package app.briefings.changefeed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ServerAddress;
import com.mongodb.ServerCursor;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A change stream cursor that plays a script, one step per {@code tryNext()}: a change, a
 * batch with no change but a newer post-batch resume token (a quiet collection), an
 * {@code invalidate} after which the server has closed the cursor, or an error. Once the
 * script is played it returns no more changes, as a quiet stream does.
 */
class ScriptedCursor implements MongoChangeStreamCursor<ChangeStreamDocument<Document>> {

	private final Deque<Step> steps = new ArrayDeque<>();

	private final AtomicInteger reads = new AtomicInteger();

	private volatile @Nullable BsonDocument resumeToken;

	private volatile boolean closedByServer;

	private volatile boolean closed;

	ScriptedCursor change(String briefingId, BsonDocument token) {
		this.steps.add(new Step(event("insert", briefingId, token), token, null));
		return this;
	}

	ScriptedCursor quietBatch(BsonDocument postBatchToken) {
		this.steps.add(new Step(null, postBatchToken, null));
		return this;
	}

	ScriptedCursor invalidate(BsonDocument token) {
		this.steps.add(new Step(event("invalidate", null, token), token, null));
		return this;
	}

	ScriptedCursor fail(RuntimeException failure) {
		this.steps.add(new Step(null, null, failure));
		return this;
	}

	@Override
	public synchronized @Nullable ChangeStreamDocument<Document> tryNext() {
		if (this.closed) {
			throw new IllegalStateException("Cursor has been closed");
		}
		this.reads.incrementAndGet();
		Step step = this.steps.poll();
		if (step == null) {
			return null;
		}
		if (step.failure() != null) {
			throw step.failure();
		}
		this.resumeToken = step.token();
		if (step.change() != null && "invalidate".equals(step.change().getOperationTypeString())) {
			this.closedByServer = true;
		}
		return step.change();
	}

	@Override
	public @Nullable BsonDocument getResumeToken() {
		return this.resumeToken;
	}

	@Override
	public @Nullable ServerCursor getServerCursor() {
		return this.closedByServer ? null : new ServerCursor(42, new ServerAddress());
	}

	@Override
	public ServerAddress getServerAddress() {
		return new ServerAddress();
	}

	@Override
	public int available() {
		return 0;
	}

	@Override
	public boolean hasNext() {
		throw new UnsupportedOperationException("The change feed reads with tryNext()");
	}

	@Override
	public ChangeStreamDocument<Document> next() {
		throw new UnsupportedOperationException("The change feed reads with tryNext()");
	}

	@Override
	public void close() {
		this.closed = true;
	}

	boolean closed() {
		return this.closed;
	}

	/** How many times the feed asked this cursor for a change. */
	int reads() {
		return this.reads.get();
	}

	private static ChangeStreamDocument<Document> event(String operationType, @Nullable String briefingId,
			BsonDocument token) {
		BsonDocument documentKey = (briefingId != null) ? new BsonDocument("_id", new BsonString(briefingId)) : null;
		return new ChangeStreamDocument<>(operationType, token, null, null, null, null, null, documentKey, null, null,
				null, null, null, null, null);
	}

	private record Step(@Nullable ChangeStreamDocument<Document> change, @Nullable BsonDocument token,
			@Nullable RuntimeException failure) {

	}

}
