package app.briefings.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes {@code lastUsedAt} of a stored key at most once a {@link #INTERVAL} per key and
 * instance, remembering the last write in memory, so a busy key costs one write a minute
 * and not one per request.
 */
@Component
class LastUsedRecorder {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	private final Map<String, Instant> lastWrites = new ConcurrentHashMap<>();

	private final MongoOperations mongo;

	private final Clock clock;

	LastUsedRecorder(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void used(String keyId) {
		Instant now = this.clock.instant();
		Instant previous = this.lastWrites.get(keyId);
		if (previous != null && previous.plus(INTERVAL).isAfter(now)) {
			return;
		}
		if (!replaced(keyId, previous, now)) {
			return;
		}
		this.mongo.updateFirst(new Query(Criteria.where(ApiKeyFields.ID).is(keyId)),
				new Update().set(ApiKeyFields.LAST_USED_AT, now), ApiKey.class);
	}

	private boolean replaced(String keyId, @Nullable Instant previous, Instant now) {
		if (previous == null) {
			return this.lastWrites.putIfAbsent(keyId, now) == null;
		}
		return this.lastWrites.replace(keyId, previous, now);
	}

}
