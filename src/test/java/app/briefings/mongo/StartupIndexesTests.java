package app.briefings.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

/**
 * Start-up index work that another instance or a long build gets in the way of is logged,
 * not fatal; anything else still stops the start.
 */
class StartupIndexesTests {

	private final IndexOperations operations = mock(IndexOperations.class);

	private final StartupIndexes indexes = StartupIndexes.of(this.operations, "documents");

	@Test
	void shouldStartWhenAnotherInstanceDroppedTheOldIndexFirst() {
		willThrow(failure(27, "IndexNotFound")).given(this.operations).dropIndex("contentHash");
		assertThatNoException().isThrownBy(() -> this.indexes.drop("contentHash"));
	}

	@Test
	void shouldStartWhenTheIndexExistsWithOtherOptionsOrItsBuildTimesOut() {
		for (int code : new int[] { 85, 86, 50, 276 }) {
			willThrow(failure(code, "conflict")).given(this.operations).createIndex(any());
			assertThatNoException().isThrownBy(() -> this.indexes.create(receivedAt()));
		}
	}

	@Test
	void shouldStillFailOnAnyOtherError() {
		given(this.operations.createIndex(any())).willThrow(failure(13, "Unauthorized"));
		assertThatExceptionOfType(UncategorizedMongoDbException.class)
			.isThrownBy(() -> this.indexes.create(receivedAt()));
	}

	private static Index receivedAt() {
		return new Index("receivedAt", Sort.Direction.DESC).named("receivedAt");
	}

	private static UncategorizedMongoDbException failure(int code, String name) {
		BsonDocument reply = BsonDocument
			.parse("{ok: 0, code: " + code + ", codeName: '" + name + "', errmsg: '" + name + "'}");
		return new UncategorizedMongoDbException(name,
				new MongoCommandException(reply, new ServerAddress("localhost", 27017)));
	}

}
