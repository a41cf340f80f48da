package app.briefings.changefeed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;

/**
 * A stand-in for MongoDB's change streams on {@code briefings}: hands out scripted
 * cursors in order, records where each stream was asked to begin, and answers a stream
 * asked to resume after a token the oplog no longer holds with
 * {@code ChangeStreamHistoryLost} (286), as a server does.
 */
class ScriptedChangeStreams implements ChangeStreamOpener {

	static final int CHANGE_STREAM_HISTORY_LOST = 286;

	private final Deque<Supplier<ScriptedCursor>> cursors = new ArrayDeque<>();

	private final List<StreamStart> starts = new CopyOnWriteArrayList<>();

	private final Set<BsonDocument> lostTokens;

	ScriptedChangeStreams(Set<BsonDocument> lostTokens) {
		this.lostTokens = lostTokens;
	}

	ScriptedChangeStreams() {
		this(Set.of());
	}

	/** The next stream opened reads this cursor. */
	ScriptedChangeStreams then(ScriptedCursor cursor) {
		this.cursors.add(() -> cursor);
		return this;
	}

	/** The next attempt to open a stream fails with this error. */
	ScriptedChangeStreams thenFailToOpen(RuntimeException failure) {
		this.cursors.add(() -> {
			throw failure;
		});
		return this;
	}

	@Override
	public synchronized MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(StreamStart start) {
		this.starts.add(start);
		if (start.token() != null && this.lostTokens.contains(start.token())) {
			throw historyLost();
		}
		Supplier<ScriptedCursor> next = this.cursors.poll();
		return (next != null) ? next.get() : new ScriptedCursor();
	}

	List<StreamStart> starts() {
		return this.starts;
	}

	static MongoCommandException historyLost() {
		BsonDocument response = new BsonDocument("ok", new BsonInt32(0))
			.append("code", new BsonInt32(CHANGE_STREAM_HISTORY_LOST))
			.append("codeName", new BsonString("ChangeStreamHistoryLost"))
			.append("errmsg", new BsonString("Resume of change stream was not possible, as the resume point may "
					+ "no longer be in the oplog."));
		return new MongoCommandException(response, new ServerAddress());
	}

	static BsonDocument token(String value) {
		return new BsonDocument("_data", new BsonString(value));
	}

}
