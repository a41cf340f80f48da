package app.briefings.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Creates, rotates, revokes and lists stored API keys. Rotation and revocation are single
 * atomic updates of the stored hash or revocation time, effective on every instance at
 * the next request because look-ups are not cached.
 */
@Service
class ApiKeyAdministration {

	private static final Sort OLDEST_FIRST = Sort.by(ApiKeyFields.CREATED_AT, ApiKeyFields.ID);

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, ApiKeyFields.CREATED_AT, ApiKeyFields.ID);

	private final MongoOperations mongo;

	private final Clock clock;

	ApiKeyAdministration(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	CreateApiKeyPayload create(CreateApiKeyInput input) {
		ApiKeyInputValidator.validate(input);
		ApiKeySecret secret = ApiKeySecret.generate();
		ApiKey key = new ApiKey(UUID.randomUUID().toString(), input.partner(), List.copyOf(input.roles()),
				secret.hash(), now(), null, null);
		return new CreateApiKeyPayload(this.mongo.insert(key), secret.value());
	}

	RotateApiKeyPayload rotate(String id, String globalId) {
		ApiKeySecret secret = ApiKeySecret.generate();
		ApiKey rotated = this.mongo.findAndModify(active(id), new Update().set(ApiKeyFields.SECRET_HASH, secret.hash()),
				FindAndModifyOptions.options().returnNew(true), ApiKey.class);
		if (rotated == null) {
			throw new ApiKeyNotFoundException(globalId);
		}
		return new RotateApiKeyPayload(rotated, secret.value());
	}

	RevokeApiKeyPayload revoke(String id, String globalId) {
		ApiKey revoked = this.mongo.findAndModify(active(id), new Update().set(ApiKeyFields.REVOKED_AT, now()),
				FindAndModifyOptions.options().returnNew(true), ApiKey.class);
		if (revoked == null) {
			throw new ApiKeyNotFoundException(globalId);
		}
		return new RevokeApiKeyPayload(revoked);
	}

	Connection<ApiKey> page(PageRequest page) {
		List<Criteria> bounds = new ArrayList<>();
		if (page.after() != null) {
			bounds.add(beyond(page.after(), true));
		}
		if (page.before() != null) {
			bounds.add(beyond(page.before(), false));
		}
		Query query = new Query().with(page.isBackward() ? NEWEST_FIRST : OLDEST_FIRST).limit(page.fetchSize());
		if (!bounds.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(bounds));
		}
		return Connection.of(this.mongo.find(query, ApiKey.class), page, ApiKeyAdministration::cursorOf,
				TotalCount.of(() -> this.mongo.count(new Query(), ApiKey.class)));
	}

	List<ApiKey> findByIds(Collection<String> ids) {
		return this.mongo.find(new Query(Criteria.where(ApiKeyFields.ID).in(ids)), ApiKey.class);
	}

	private static Query active(String id) {
		return new Query(Criteria.where(ApiKeyFields.ID).is(id).and(ApiKeyFields.REVOKED_AT).isNull());
	}

	private static String cursorOf(ApiKey key) {
		return Cursor.encode(Long.toString(key.createdAt().toEpochMilli()), key.id());
	}

	private static Criteria beyond(String cursor, boolean after) {
		List<String> keys = Cursor.decode(cursor, 2);
		Instant createdAt = parseMillis(cursor, keys.get(0));
		String id = keys.get(1);
		if (after) {
			return new Criteria().orOperator(Criteria.where(ApiKeyFields.CREATED_AT).gt(createdAt),
					Criteria.where(ApiKeyFields.CREATED_AT).is(createdAt).and(ApiKeyFields.ID).gt(id));
		}
		return new Criteria().orOperator(Criteria.where(ApiKeyFields.CREATED_AT).lt(createdAt),
				Criteria.where(ApiKeyFields.CREATED_AT).is(createdAt).and(ApiKeyFields.ID).lt(id));
	}

	private static Instant parseMillis(String cursor, String millis) {
		try {
			return Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
