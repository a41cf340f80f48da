package app.briefings.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The one way to find knowledge-base entities by stored id: an id that matches no stored
 * entity but names one merged into another answers with the survivor, so IDs that clients
 * cached before a merge keep working.
 */
@Component
public class MergeFollowingLookup {

	private final EntityRedirects redirects;

	public MergeFollowingLookup(EntityRedirects redirects) {
		this.redirects = redirects;
	}

	/**
	 * The entity stored under {@code id} in {@code collection}, else the survivor of the
	 * merge that removed it.
	 */
	public <T> Optional<T> findById(String collection, String id, Function<String, Optional<T>> finder) {
		Optional<T> found = finder.apply(id);
		if (found.isPresent()) {
			return found;
		}
		return this.redirects.survivorOf(collection, id).flatMap(finder);
	}

	/**
	 * The entities stored under {@code ids}, keyed by the id asked for: a merged entity's
	 * id maps to its survivor, and ids that match neither are absent. Takes one query
	 * when every id is found, three when some are missing.
	 */
	public <T> Map<String, T> findByIds(String collection, Collection<String> ids,
			Function<Collection<String>, List<T>> finder, Function<T, String> idOf) {
		Map<String, T> found = new HashMap<>();
		for (T entity : finder.apply(ids)) {
			found.put(idOf.apply(entity), entity);
		}
		List<String> missing = missing(ids, found);
		if (!missing.isEmpty()) {
			addSurvivors(found, this.redirects.survivorsOf(collection, missing), finder, idOf);
		}
		return found;
	}

	private static List<String> missing(Collection<String> ids, Map<String, ?> found) {
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			if (!found.containsKey(id)) {
				missing.add(id);
			}
		}
		return missing;
	}

	private static <T> void addSurvivors(Map<String, T> found, Map<String, String> survivors,
			Function<Collection<String>, List<T>> finder, Function<T, String> idOf) {
		if (survivors.isEmpty()) {
			return;
		}
		Map<String, T> survivorsById = new HashMap<>();
		for (T survivor : finder.apply(survivors.values())) {
			survivorsById.put(idOf.apply(survivor), survivor);
		}
		survivors.forEach((merged, survivorId) -> {
			T survivor = survivorsById.get(survivorId);
			if (survivor != null) {
				found.put(merged, survivor);
			}
		});
	}

}
