package app.briefings.mongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlineExceededException;
import app.briefings.deadline.RequestDeadlines;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link RequestBoundMongoTemplate} sends under a request's deadline and without
 * one, recorded from the driver against the embedded server.
 */
class RequestTimeLimitTests {

	private static final Duration CEILING = Duration.ofSeconds(10);

	private final List<BsonDocument> sent = new CopyOnWriteArrayList<>();

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void connect() {
		var address = this.server.bind();
		CommandListener recorder = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				if (LimitedCommands.DATA_COMMANDS.contains(event.getCommandName())) {
					RequestTimeLimitTests.this.sent.add(event.getCommand().clone());
				}
			}
		};
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(
					new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
			.addCommandListener(recorder)
			.build());
		SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(this.client, "limits");
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE,
				new MongoMappingContext());
		converter.afterPropertiesSet();
		this.mongo = new RequestBoundMongoTemplate(factory, converter, new RequestTimeLimit(CEILING));
		for (int i = 0; i < 5; i++) {
			this.mongo.insert(new Document("_id", "d" + i).append("n", i), "items");
		}
		this.sent.clear();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void shouldSendTheTimeTheRequestHasLeft() {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(Duration.ofSeconds(3)))) {
			this.mongo.find(new Query(), Document.class, "items");
			this.mongo.count(new Query(), "items");
			this.mongo.getCollection("items").aggregate(List.of(new Document("$match", new Document()))).first();
			this.mongo.updateFirst(
					Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is("d1")),
					new org.springframework.data.mongodb.core.query.Update().set("n", 10), "items");
		}
		assertThat(this.sent).extracting((command) -> command.getFirstKey())
			.containsExactly("find", "aggregate", "aggregate", "update");
		assertThat(this.sent)
			.allSatisfy((command) -> assertThat(maxTimeMs(command)).isPositive().isLessThanOrEqualTo(3000));
	}

	@Test
	void shouldPreferTheTimeLeftToTheFixedLimitOfAQuery() {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(Duration.ofSeconds(3)))) {
			this.mongo.find(new Query().maxTime(CEILING), Document.class, "items");
		}
		assertThat(this.sent).hasSize(1);
		assertThat(maxTimeMs(this.sent.get(0))).isPositive().isLessThanOrEqualTo(3000);
	}

	@Test
	void shouldNeverSendMoreThanTheCeiling() {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(Duration.ofMinutes(5)))) {
			this.mongo.find(new Query(), Document.class, "items");
		}
		assertThat(this.sent).hasSize(1);
		assertThat(maxTimeMs(this.sent.get(0))).isPositive().isLessThanOrEqualTo(CEILING.toMillis());
	}

	@Test
	void shouldSendNothingOnceTheDeadlineHasPassed() {
		RequestDeadline passed = new RequestDeadline(System.nanoTime() - 1);
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(passed)) {
			assertThatExceptionOfType(RequestDeadlineExceededException.class)
				.isThrownBy(() -> this.mongo.find(new Query(), Document.class, "items"));
			assertThatExceptionOfType(RequestDeadlineExceededException.class)
				.isThrownBy(() -> this.mongo.getCollection("items"));
		}
		assertThat(this.sent).isEmpty();
	}

	@Test
	void shouldBoundACursorByTheMaxTimeOfTheCommandThatOpenedIt() {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(Duration.ofSeconds(3)));
				Stream<Document> items = this.mongo.stream(new Query().cursorBatchSize(2), Document.class, "items")) {
			assertThat(items).hasSize(5);
		}
		assertThat(this.sent).extracting((command) -> command.getFirstKey())
			.containsExactly("find", "getMore", "getMore");
		assertThat(maxTimeMs(this.sent.get(0))).isPositive().isLessThanOrEqualTo(3000);
		assertThat(this.sent.subList(1, 3)).allSatisfy((getMore) -> assertThat(getMore.containsKey("maxTimeMS"))
			.as("MongoDB refuses maxTimeMS on getMore of a non-tailable cursor")
			.isFalse());
	}

	@Test
	void shouldLeaveWorkThatServesNoRequestUnbounded() {
		List<Document> read = new ArrayList<>();
		try (Stream<Document> items = this.mongo.stream(new Query().cursorBatchSize(2), Document.class, "items")) {
			items.forEach(read::add);
		}
		this.mongo.getCollection("items").aggregate(List.of(new Document("$match", new Document()))).first();
		assertThat(read).hasSize(5);
		assertThat(this.sent).extracting((command) -> command.getFirstKey())
			.containsExactly("find", "getMore", "getMore", "aggregate");
		assertThat(this.sent).allSatisfy((command) -> assertThat(command.containsKey("maxTimeMS")).isFalse());
	}

	private static long maxTimeMs(BsonDocument command) {
		assertThat(command.isNumber("maxTimeMS")).as("maxTimeMS of %s", command.toJson()).isTrue();
		return command.getNumber("maxTimeMS").longValue();
	}

}
