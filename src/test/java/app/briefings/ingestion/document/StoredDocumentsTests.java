package app.briefings.ingestion.document;

import java.time.Duration;
import java.util.List;

import app.briefings.mongo.MongoTimeoutProperties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/** The unindexed scan of raw texts carries the server-side limit of user operations. */
class StoredDocumentsTests {

	@Test
	void shouldLimitTheTextScanOnTheServer() {
		MongoOperations mongo = mock(MongoOperations.class);
		ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
		given(mongo.find(query.capture(), eq(Document.class), eq("documents")))
			.willReturn(List.of(new Document("_id", "d1")));
		StoredDocuments documents = new StoredDocuments(mongo, new MongoTimeoutProperties(Duration.ofSeconds(30),
				Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(7), Duration.ofSeconds(3)));

		assertThat(documents.idsContaining("Zas", 500)).containsExactly("d1");
		then(mongo).should().find(query.getValue(), Document.class, "documents");
		assertThat(query.getValue().getMeta().getMaxTimeMsec()).isEqualTo(7000L);
		assertThat(query.getValue().getLimit()).isEqualTo(500);
	}

}
