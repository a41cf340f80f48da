package app.briefings.entity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The redirects left by merges: a merged entity's id resolves to its survivor in
 * {@code node}, {@code nodes} and typed look-ups (through {@link MergeFollowingLookup}),
 * and the curated importer does not bring a merged entity back.
 */
@Component
public class EntityRedirects {

	private final MongoOperations mongo;

	private final Clock clock;

	public EntityRedirects(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Records that {@code mergedId} now lives as {@code survivorId}, also for entities
	 * merged into {@code mergedId} before.
	 */
	public void record(String collection, String mergedId, String survivorId) {
		this.mongo.updateMulti(new Query(
				Criteria.where(EntityRedirect.COLLECTION).is(collection).and(EntityRedirect.SURVIVOR_ID).is(mergedId)),
				new Update().set(EntityRedirect.SURVIVOR_ID, survivorId), EntityRedirect.class);
		this.mongo.save(new EntityRedirect(EntityRedirect.idFor(collection, mergedId), collection, mergedId, survivorId,
				this.clock.instant()));
	}

	/** The ids whose redirect points at {@code survivorId}. */
	public List<String> mergedInto(String collection, String survivorId) {
		List<String> ids = new ArrayList<>();
		for (EntityRedirect redirect : this.mongo.find(new Query(Criteria.where(EntityRedirect.COLLECTION)
			.is(collection)
			.and(EntityRedirect.SURVIVOR_ID)
			.is(survivorId)), EntityRedirect.class)) {
			ids.add(redirect.mergedId());
		}
		return ids;
	}

	/** Takes back the redirect of {@code mergedId}, for an undone merge. */
	public void remove(String collection, String mergedId) {
		this.mongo.remove(new Query(Criteria.where(EntityFields.ID).is(EntityRedirect.idFor(collection, mergedId))),
				EntityRedirect.class);
	}

	/** Points the redirects of {@code mergedIds} at {@code survivorId}. */
	public void redirect(String collection, Collection<String> mergedIds, String survivorId) {
		if (mergedIds.isEmpty()) {
			return;
		}
		this.mongo.updateMulti(new Query(
				Criteria.where(EntityRedirect.COLLECTION).is(collection).and(EntityRedirect.MERGED_ID).in(mergedIds)),
				new Update().set(EntityRedirect.SURVIVOR_ID, survivorId), EntityRedirect.class);
	}

	public Optional<String> survivorOf(String collection, String id) {
		EntityRedirect redirect = this.mongo.findById(EntityRedirect.idFor(collection, id), EntityRedirect.class);
		return Optional.ofNullable(redirect).map(EntityRedirect::survivorId);
	}

	/** The survivor of each merged id among {@code ids}. */
	public Map<String, String> survivorsOf(String collection, Collection<String> ids) {
		List<String> redirectIds = new ArrayList<>(ids.size());
		for (String id : ids) {
			redirectIds.add(EntityRedirect.idFor(collection, id));
		}
		Map<String, String> survivors = new HashMap<>();
		for (EntityRedirect redirect : this.mongo.find(new Query(Criteria.where(EntityFields.ID).in(redirectIds)),
				EntityRedirect.class)) {
			survivors.put(redirect.mergedId(), redirect.survivorId());
		}
		return survivors;
	}

	public Set<String> mergedIds(String collection) {
		Set<String> ids = new HashSet<>();
		for (EntityRedirect redirect : this.mongo
			.find(new Query(Criteria.where(EntityRedirect.COLLECTION).is(collection)), EntityRedirect.class)) {
			ids.add(redirect.mergedId());
		}
		return ids;
	}

}
