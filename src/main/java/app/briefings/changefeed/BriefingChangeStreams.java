package app.briefings.changefeed;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.briefings.briefing.BriefingFields;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Change streams on the {@code briefings} collection, through the driver: the stream
 * carries the operations the feed publishes and the {@code invalidate} that ends it (its
 * token is the one {@code startAfter} needs), and waits up to a second on the server for
 * each batch.
 */
class BriefingChangeStreams implements ChangeStreamOpener {

	private static final Duration AWAIT = Duration.ofSeconds(1);

	private final MongoOperations mongo;

	BriefingChangeStreams(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(StreamStart start) {
		ChangeStreamIterable<Document> stream = this.mongo.getCollection(BriefingFields.COLLECTION)
			.watch(List.of(Aggregates.match(Filters.in("operationType", "insert", "update", "replace", "invalidate"))))
			.maxAwaitTime(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
		if (start.token() == null) {
			return stream.cursor();
		}
		return switch (start.kind()) {
			case NOW -> stream.cursor();
			case RESUME_AFTER -> stream.resumeAfter(start.token()).cursor();
			case START_AFTER -> stream.startAfter(start.token()).cursor();
		};
	}

}
