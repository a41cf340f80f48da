package app.briefings.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which aggregations {@link CountCommand} takes for a count, and its reply. */
class CountCommandTests {

	private static final Document GROUP = new Document("$group",
			new Document("_id", 1).append("n", new Document("$sum", 1)));

	private static final Document MATCH = new Document("$match", new Document("status", "PUBLISHED"));

	@Test
	void shouldReadTheDriversCountDocumentsPipelineWithSkipAndLimit() {
		Document command = aggregate(List.of(MATCH, new Document("$skip", 5L), new Document("$limit", 30L), GROUP));

		CountCommand count = CountCommand.of("aggregate", command);

		assertThat(count).isEqualTo(new CountCommand("briefings", new Document("status", "PUBLISHED"), 5, 30));
		assertThat(CountCommand.of("aggregate", aggregate(List.of(MATCH, GROUP))))
			.isEqualTo(new CountCommand("briefings", new Document("status", "PUBLISHED"), 0, 0));
	}

	@Test
	void shouldLeaveOtherPipelinesToTheLibrary() {
		Document groupByField = new Document("$group",
				new Document("_id", "$status").append("n", new Document("$sum", 1)));
		Document expression = new Document("$match", new Document("$expr", new Document("$gt", List.of("$a", 1))));

		assertThat(CountCommand.of("aggregate", aggregate(List.of(MATCH, groupByField)))).isNull();
		assertThat(CountCommand.of("aggregate", aggregate(List.of(expression, GROUP)))).isNull();
		assertThat(CountCommand.of("aggregate",
				aggregate(List.of(MATCH, new Document("$limit", 3), new Document("$skip", 1), GROUP))))
			.isNull();
		assertThat(CountCommand.of("aggregate", aggregate(List.of(MATCH, new Document("$unwind", "$quotes"), GROUP))))
			.isNull();
		assertThat(CountCommand.of("aggregate", aggregate(List.of(MATCH, GROUP)).append("collation", new Document())))
			.isNull();
		assertThat(CountCommand.of("find", new Document("find", "briefings"))).isNull();
	}

	@Test
	void shouldReplyAsThePipelineWould() {
		assertThat(CountCommand.reply("db.briefings", 42))
			.isEqualTo(
					new Document("cursor",
							new Document("id", 0L).append("ns", "db.briefings")
								.append("firstBatch", List.of(new Document("_id", 1).append("n", 42))))
						.append("ok", 1.0));
		assertThat(((Document) CountCommand.reply("db.briefings", 0).get("cursor")).get("firstBatch"))
			.isEqualTo(List.of());
	}

	private static Document aggregate(List<Document> pipeline) {
		return new Document("aggregate", "briefings").append("pipeline", pipeline).append("cursor", new Document());
	}

}
