package app.briefings.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server answers queries the same with its ordered indexes as by reading the
 * whole collection: two servers hold the same briefings-shaped documents and indexes, one
 * using the indexes and one not, and every query of a list of filters, sorts, skips and
 * limits must give the same documents in the same order, the same counts and the same
 * results of pipelines starting with the filter; again after updates, deletions and
 * inserts, and, on file storage, after a restart that rebuilds the indexes.
 */
class OrderedIndexQueryTests {

	private static final long DAY = 86_400_000L;

	private static final long START = 1_700_000_000_000L;

	private static final List<String> OFFICIALS = List.of("o1", "o2", "o3", "o4", "o5", "o6");

	@TempDir
	Path folder;

	/**
	 * Documents whose indexed dates are all dates, so date conditions narrow the walk.
	 */
	@ParameterizedTest
	@EnumSource(EmbeddedMongoProperties.Storage.class)
	void shouldAnswerLikeAFullScanWithDatesOnly(EmbeddedMongoProperties.Storage storage) {
		compareThroughChanges(storage, false);
	}

	/**
	 * Documents with missing, text and array dates among them, which the index must sort
	 * as the library's sort does.
	 */
	@ParameterizedTest
	@EnumSource(EmbeddedMongoProperties.Storage.class)
	void shouldAnswerLikeAFullScanWithIrregularDates(EmbeddedMongoProperties.Storage storage) {
		compareThroughChanges(storage, true);
	}

	private void compareThroughChanges(EmbeddedMongoProperties.Storage storage, boolean irregular) {
		Random random = new Random(storage.ordinal() * 31L + (irregular ? 7 : 0));
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			documents.add(briefing(i, random, irregular));
		}
		try (Pair pair = Pair.start(storage, this.folder)) {
			pair.insert(documents);
			pair.createIndexes();
			pair.assertSameAnswers();
			pair.change(random, irregular);
			pair.assertSameAnswers();
		}
		if (storage == EmbeddedMongoProperties.Storage.FILE) {
			try (Pair pair = Pair.start(storage, this.folder)) {
				assertThat(pair.indexed.countDocuments()).isGreaterThan(300);
				pair.assertSameAnswers();
				pair.change(random, irregular);
				pair.assertSameAnswers();
			}
		}
	}

	private static Document briefing(int i, Random random, boolean irregular) {
		Document document = new Document("_id", String.format("b%04d", i))
			.append("status", (random.nextInt(6) == 0) ? "RETRACTED" : "PUBLISHED")
			.append("title", "Briefing " + i)
			.append("documentId", "d" + (i / 3))
			.append("itemIndex", i % 3)
			.append("publishedAt", publishedAt(random, irregular))
			.append("officialIds", someOf(OFFICIALS, random))
			.append("operationIds", someOf(List.of("op1", "op2", "op3"), random))
			.append("quotes", quotes(random));
		if (random.nextInt(10) == 0) {
			document.remove("officialIds");
		}
		if (irregular && random.nextInt(25) == 0) {
			document.append("officialIds", List.of(List.of("o2", "o5"), "o3"));
		}
		return document;
	}

	private static Object publishedAt(Random random, boolean irregular) {
		Date date = new Date(START + random.nextInt(40) * DAY);
		if (!irregular) {
			return date;
		}
		return switch (random.nextInt(12)) {
			case 0 -> "2024-01-01";
			case 1 -> List.of(date, new Date(date.getTime() + DAY));
			case 2 -> null;
			default -> date;
		};
	}

	private static List<String> someOf(List<String> values, Random random) {
		List<String> chosen = new ArrayList<>();
		for (String value : values) {
			if (random.nextInt(3) == 0) {
				chosen.add(value);
			}
		}
		if (!chosen.isEmpty() && random.nextInt(8) == 0) {
			chosen.add(chosen.get(0));
		}
		return chosen;
	}

	private static List<Document> quotes(Random random) {
		List<Document> quotes = new ArrayList<>();
		int count = random.nextInt(3);
		for (int i = 0; i < count; i++) {
			Document quote = new Document("text", "said " + i);
			if (random.nextInt(4) != 0) {
				quote.append("speakerId", OFFICIALS.get(random.nextInt(OFFICIALS.size())));
			}
			quotes.add(quote);
		}
		return quotes;
	}

	private static List<Bson> filters() {
		Date t5 = new Date(START + 5 * DAY);
		Date t15 = new Date(START + 15 * DAY);
		Date t20 = new Date(START + 20 * DAY);
		Bson published = Filters.eq("status", "PUBLISHED");
		return List.of(published, Filters.and(published, Filters.in("officialIds", "o1", "o3")),
				Filters.eq("officialIds", "o2"), Filters.and(Filters.eq("operationIds", "op1"), published),
				Filters.and(published, Filters.gte("publishedAt", t5), Filters.lt("publishedAt", t15)),
				Filters.and(published,
						Filters.or(Filters.lt("publishedAt", t20),
								Filters.and(Filters.eq("publishedAt", t20), Filters.lt("_id", "b0200")))),
				Filters.and(Filters.eq("officialIds", "o4"),
						Filters.or(Filters.gt("publishedAt", t15),
								Filters.and(Filters.eq("publishedAt", t15), Filters.gt("_id", "b0100")))),
				Filters.and(published, Filters.lte("publishedAt", t5), Filters.gt("publishedAt", t20)),
				Filters.eq("quotes.speakerId", "o5"), Filters.in("status", "PUBLISHED", "RETRACTED"),
				Filters.and(published, Filters.regex("title", "7")), Filters.eq("documentId", "d3"),
				Filters.in("officialIds", List.of()), Filters.eq("publishedAt", t15),
				Filters.and(Filters.eq("status", "PUBLISHED"), Filters.eq("publishedAt", "2024-01-01")),
				Filters.and(Filters.eq("officialIds", "o6"), Filters.exists("operationIds", false)),
				Filters.and(Filters.in("officialIds", "o2", "o5"), Filters.gte("publishedAt", t5),
						Filters.ne("publishedAt", t15)),
				Filters.and(Filters.eq("status", "PUBLISHED"), Filters.lt("publishedAt", t20)), new Document());
	}

	private static List<Document> sorts() {
		List<Document> sorts = new ArrayList<>();
		sorts.add(new Document("publishedAt", -1).append("_id", -1));
		sorts.add(new Document("publishedAt", 1).append("_id", 1));
		sorts.add(new Document("publishedAt", -1));
		sorts.add(new Document("publishedAt", -1).append("_id", 1));
		sorts.add(new Document("itemIndex", 1));
		sorts.add(null);
		return sorts;
	}

	private static final int[][] PAGES = { { 0, 0 }, { 3, 7 }, { 0, 21 }, { 50, 1000 } };

	/** Two servers on the same storage, one answering through the ordered indexes. */
	private record Pair(EmbeddedMongoServer indexedServer, EmbeddedMongoServer scanningServer,
			MongoClient indexedClient, MongoClient scanningClient, MongoCollection<Document> indexed,
			MongoCollection<Document> scanning) implements AutoCloseable {

		static Pair start(EmbeddedMongoProperties.Storage storage, Path folder) {
			EmbeddedMongoServer indexedServer = EmbeddedMongoServer
				.start(new EmbeddedMongoProperties(true, storage, folder.resolve("indexed"), 0, false, false, true));
			EmbeddedMongoServer scanningServer = EmbeddedMongoServer
				.start(new EmbeddedMongoProperties(true, storage, folder.resolve("scanning"), 0, false, false, false));
			MongoClient indexedClient = MongoClients.create(indexedServer.connectionString());
			MongoClient scanningClient = MongoClients.create(scanningServer.connectionString());
			return new Pair(indexedServer, scanningServer, indexedClient, scanningClient,
					indexedClient.getDatabase("briefings").getCollection("briefings"),
					scanningClient.getDatabase("briefings").getCollection("briefings"));
		}

		void insert(List<Document> documents) {
			for (MongoCollection<Document> collection : both()) {
				collection.insertMany(copies(documents));
			}
		}

		void createIndexes() {
			for (MongoCollection<Document> collection : both()) {
				collection.createIndex(new Document("status", 1).append("publishedAt", -1).append("_id", -1),
						new IndexOptions().name("feed"));
				for (String field : List.of("officialIds", "operationIds", "quotes.speakerId")) {
					collection.createIndex(new Document(field, 1).append("publishedAt", -1).append("_id", -1),
							new IndexOptions().name(field + "_feed"));
				}
				collection.createIndex(new Document("documentId", 1), new IndexOptions().name("documentId"));
			}
		}

		void change(Random random, boolean irregular) {
			for (int round = 0; round < 60; round++) {
				String id = String.format("b%04d", random.nextInt(400));
				List<Bson> updates = List.of(Updates.set("publishedAt", publishedAt(random, irregular)),
						Updates.push("officialIds", OFFICIALS.get(random.nextInt(OFFICIALS.size()))),
						Updates.pull("officialIds", "o1"), Updates.set("status", "RETRACTED"),
						Updates.set("quotes", quotes(random)));
				Bson update = updates.get(random.nextInt(updates.size()));
				int action = random.nextInt(10);
				Document inserted = (action == 1) ? briefing(1000 + round, random, irregular) : null;
				for (MongoCollection<Document> collection : both()) {
					if (action == 0) {
						collection.deleteOne(Filters.eq("_id", id));
					}
					else if (action == 1) {
						collection.insertOne(Document.parse(inserted.toJson()));
					}
					else {
						collection.updateOne(Filters.eq("_id", id), update);
					}
				}
			}
			for (MongoCollection<Document> collection : both()) {
				collection.updateMany(Filters.eq("officialIds", "o3"), Updates.set("status", "PUBLISHED"));
				collection.deleteMany(Filters.and(Filters.eq("officialIds", "o6"), Filters.eq("status", "RETRACTED")));
			}
		}

		void assertSameAnswers() {
			for (Bson filter : filters()) {
				assertThat(this.indexed.countDocuments(filter)).as("count of %s", filter)
					.isEqualTo(this.scanning.countDocuments(filter));
				CountOptions window = new CountOptions().skip(3).limit(7);
				assertThat(this.indexed.countDocuments(filter, window)).as("count of %s from 3 up to 7", filter)
					.isEqualTo(this.scanning.countDocuments(filter, window));
				for (List<Bson> pipeline : pipelinesStartingWith(filter)) {
					assertThat(this.indexed.aggregate(pipeline).into(new ArrayList<>())).as("pipeline %s", pipeline)
						.containsExactlyElementsOf(this.scanning.aggregate(pipeline).into(new ArrayList<>()));
				}
				for (Document sort : sorts()) {
					for (int[] page : PAGES) {
						assertThat(find(this.indexed, filter, sort, page))
							.as("%s sorted by %s, page %s-%s", filter, sort, page[0], page[1])
							.containsExactlyElementsOf(find(this.scanning, filter, sort, page));
					}
				}
			}
		}

		/**
		 * Pipelines led by the filter: in natural order, grouped, and joined with the
		 * same collection, which must be read whole.
		 */
		private static List<List<Bson>> pipelinesStartingWith(Bson filter) {
			Bson match = Aggregates.match(filter);
			return List.of(List.of(match, Aggregates.limit(30)),
					List.of(match, Aggregates.group("$documentId", Accumulators.sum("n", 1)),
							Aggregates.sort(new Document("_id", 1))),
					List.of(match, Aggregates.lookup("briefings", "documentId", "documentId", "siblings"),
							Aggregates.limit(10)));
		}

		private static List<Document> find(MongoCollection<Document> collection, Bson filter, Document sort,
				int[] page) {
			FindIterable<Document> found = collection.find(filter).skip(page[0]).limit(page[1]);
			if (sort != null) {
				found = found.sort(sort);
			}
			return found.into(new ArrayList<>());
		}

		private static List<Document> copies(List<Document> documents) {
			List<Document> copies = new ArrayList<>();
			for (Document document : documents) {
				copies.add(Document.parse(document.toJson()));
			}
			return copies;
		}

		private List<MongoCollection<Document>> both() {
			return List.of(this.indexed, this.scanning);
		}

		@Override
		public void close() {
			this.indexedClient.close();
			this.scanningClient.close();
			this.indexedServer.close();
			this.scanningServer.close();
		}

	}

}
