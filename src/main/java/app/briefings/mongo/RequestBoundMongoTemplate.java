package app.briefings.mongo;

import org.bson.Document;
import com.mongodb.client.MongoCollection;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The application's {@link MongoTemplate}: every collection it works on, including those
 * handed out by {@link #getCollection(String)} for driver-level aggregations, carries the
 * {@link RequestTimeLimit} of the request the current thread serves and, inside a
 * {@link SharedCommit}, waives the journal of its writes.
 */
class RequestBoundMongoTemplate extends MongoTemplate {

	private final RequestTimeLimit limit;

	RequestBoundMongoTemplate(MongoDatabaseFactory factory, MongoConverter converter, RequestTimeLimit limit) {
		super(factory, converter);
		this.limit = limit;
	}

	@Override
	protected MongoCollection<Document> prepareCollection(MongoCollection<Document> collection) {
		return SharedCommit.apply(this.limit.apply(super.prepareCollection(collection)));
	}

	@Override
	public MongoCollection<Document> getCollection(String collectionName) {
		return SharedCommit.apply(this.limit.apply(super.getCollection(collectionName)));
	}

}
