package app.briefings.changefeed;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.Document;

/**
 * Opens a change stream cursor on the {@code briefings} collection: the one place the
 * reader loop of {@link ChangeStreamChangeFeed} touches the driver to begin a stream, so
 * that tests can drive the loop with scripted cursors.
 */
interface ChangeStreamOpener {

	MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(StreamStart start);

}
