package app.briefings.mongo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Grows the briefings of an embedded file store to a target count for the benchmark's
 * large scenario, by copying the briefings the bulk import made: each copy gets its own
 * id, document id and a publication instant spread over 2025, and keeps the extractor's
 * quotes, mentions and entity ids. Importing 50,000 documents takes hours on a loaded
 * 2-core machine; the copies are what the feed reads, made in seconds. Usage (with the
 * application stopped): {@code java -cp ... app.briefings.mongo.ReplicateBriefings
 * <data folder> <target count>}.
 */
public final class ReplicateBriefings {

	private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");

	private static final int BATCH = 500;

	private ReplicateBriefings() {
	}

	public static void main(String[] arguments) {
		Path folder = Path.of(arguments[0]);
		int target = Integer.parseInt(arguments[1]);
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE,
				folder, 0, false, false, true);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> briefings = client.getDatabase("briefings").getCollection("briefings");
			List<Document> originals = briefings.find().into(new ArrayList<>());
			if (originals.isEmpty()) {
				throw new IllegalStateException("No briefings to copy in " + folder);
			}
			int copies = Math.max(0, target - originals.size());
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < copies; i++) {
				batch.add(copyOf(originals.get(i % originals.size()), i, originals.size() + i));
				if (batch.size() == BATCH || i == copies - 1) {
					briefings.insertMany(batch);
					batch.clear();
				}
			}
			System.out.printf("%d briefings imported, %d copies added: %d briefings%n", originals.size(), copies,
					briefings.countDocuments());
		}
	}

	private static Document copyOf(Document original, int copy, int number) {
		Document document = new Document(original);
		String suffix = "~copy" + copy;
		document.put("_id", original.get("_id") + suffix);
		document.put("documentId", original.get("documentId") + suffix);
		long minutes = (number % 365) * 1440L + (number % 24) * 60L + (number * 7L) % 60;
		document.put("publishedAt", Date.from(YEAR_START.plusSeconds(minutes * 60)));
		return document;
	}

}
