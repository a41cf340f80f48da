package app.briefings;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The change feed's own commands are told apart from a request's. */
class MongoCommandCounterTests {

	@Test
	void shouldTellAChangeStreamFromARequestAggregation() {
		assertThat(MongoCommandCounter.isChangeStream("aggregate",
				BsonDocument.parse("{aggregate: 'briefings', pipeline: [{$changeStream: {}}, {$match: {}}]}")))
			.isTrue();
		assertThat(MongoCommandCounter.isChangeStream("aggregate",
				BsonDocument.parse("{aggregate: 'briefings', pipeline: [{$match: {status: 'PUBLISHED'}}]}")))
			.isFalse();
	}

	@Test
	void shouldNotTakeAGetMoreOfAnUnknownCursorForTheChangeStream() {
		assertThat(MongoCommandCounter.isChangeStream("getMore",
				BsonDocument.parse("{getMore: {$numberLong: '42'}, collection: 'briefings'}")))
			.isFalse();
	}

}
