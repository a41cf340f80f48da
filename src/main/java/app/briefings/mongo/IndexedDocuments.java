package app.briefings.mongo;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The documents at positions an index gives, as a sequential stream read one at a time,
 * so that a query's limit stops the reading.
 */
final class IndexedDocuments {

	private IndexedDocuments() {
	}

	static <P> Stream<Document> stream(Iterator<P> positions, Function<P, Document> documentAt) {
		Spliterator<P> spliterator = Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED);
		return StreamSupport.stream(spliterator, false).map(documentAt);
	}

}
