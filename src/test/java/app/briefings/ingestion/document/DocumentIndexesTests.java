package app.briefings.ingestion.document;

import java.net.InetSocketAddress;
import java.util.List;

import app.briefings.mongo.StartupIndexes;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Start-up index work on a database another instance is upgrading too: a second pass
 * changes nothing, and the old key dropped by the other instance first does not stop this
 * one.
 */
class DocumentIndexesTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = connect(this.server.bind());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "indexes");

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void shouldChangeNothingOnASecondPass() {
		DocumentIndexes indexes = new DocumentIndexes(this.mongo);
		indexes.afterSingletonsInstantiated();
		List<String> first = names();
		assertThatNoException().isThrownBy(indexes::afterSingletonsInstantiated);
		assertThat(names()).isEqualTo(first).contains("externalKey", "receivedAt", "partner_receivedAt");
	}

	@Test
	void shouldStartWhenAnotherInstanceDroppedTheOldKeyFirst() {
		this.mongo.indexOps("documents")
			.createIndex(new Index("contentHash", Sort.Direction.ASC).unique().named("contentHash"));
		StartupIndexes other = StartupIndexes.of(this.mongo.indexOps("documents"), "documents");
		other.drop("contentHash");
		assertThatNoException().isThrownBy(() -> other.drop("contentHash"));
		assertThatNoException().isThrownBy(new DocumentIndexes(this.mongo)::afterSingletonsInstantiated);
		assertThat(names()).doesNotContain("contentHash");
	}

	private List<String> names() {
		return this.mongo.indexOps("documents").getIndexInfo().stream().map(IndexInfo::getName).sorted().toList();
	}

	private static MongoClient connect(InetSocketAddress address) {
		return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
	}

}
