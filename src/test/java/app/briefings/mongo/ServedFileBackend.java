package app.briefings.mongo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file backend with ordered indexes served on a local port, with a client, for tests
 * that write a store, close it and open it again.
 */
record ServedFileBackend(IdLookupFileBackend backend, MongoServer server, MongoClient client) implements AutoCloseable {

	static ServedFileBackend at(Path file) {
		IdLookupFileBackend backend = new IdLookupFileBackend(file.toString(), false, true);
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		MongoClient client = MongoClients
			.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?serverSelectionTimeoutMS=5000");
		return new ServedFileBackend(backend, server, client);
	}

	MongoCollection<Document> items() {
		return this.client.getDatabase("test").getCollection("items");
	}

	/** The feed's two indexes: by status and by official, newest first. */
	void createIndexes() {
		items().createIndex(new Document("status", 1).append("publishedAt", -1).append("_id", -1),
				new IndexOptions().name("feed"));
		items().createIndex(new Document("officialIds", 1).append("publishedAt", -1).append("_id", -1),
				new IndexOptions().name("officialIds_feed"));
	}

	/** The snapshots' counters, once the indexes found in the file are complete. */
	IndexSnapshots snapshots() {
		assertThat(this.backend.awaitIndexesOpened()).isTrue();
		return this.backend.snapshots();
	}

	Map<String, List<String>> keptIndexes() {
		return this.backend.describeOrderedIndexes("test", "items", false);
	}

	List<Object> orderedIndexValues() {
		return this.backend.orderedIndexValues("test", "items");
	}

	Map<String, List<String>> indexesFromDocuments() {
		return this.backend.describeOrderedIndexes("test", "items", true);
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
