package app.briefings.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Resolves the ids that a page of objects holds into the objects they name, with one
 * query for the whole page: the body of every {@code @BatchMapping} over stored
 * references.
 */
public final class BatchLookup {

	private BatchLookup() {
	}

	/**
	 * For sources that reference at most one target each; sources without a found target
	 * are absent.
	 */
	public static <S, T> Map<S, T> one(List<S> sources, Function<S, @Nullable String> idOf,
			Function<Collection<String>, List<T>> finder, Function<T, String> targetId) {
		Set<String> ids = new LinkedHashSet<>();
		for (S source : sources) {
			String id = idOf.apply(source);
			if (id != null) {
				ids.add(id);
			}
		}
		Map<String, T> targets = byId(ids, finder, targetId);
		Map<S, T> result = new HashMap<>();
		for (S source : sources) {
			String id = idOf.apply(source);
			T target = (id != null) ? targets.get(id) : null;
			if (target != null) {
				result.put(source, target);
			}
		}
		return result;
	}

	/**
	 * For sources that reference many targets each; the lists keep the sources' order and
	 * skip ids not found.
	 */
	public static <S, T> List<List<T>> many(List<S> sources, Function<S, List<String>> idsOf,
			Function<Collection<String>, List<T>> finder, Function<T, String> targetId) {
		Set<String> ids = new LinkedHashSet<>();
		for (S source : sources) {
			ids.addAll(idsOf.apply(source));
		}
		Map<String, T> targets = byId(ids, finder, targetId);
		List<List<T>> result = new ArrayList<>(sources.size());
		for (S source : sources) {
			result.add(found(idsOf.apply(source), targets));
		}
		return result;
	}

	private static <T> Map<String, T> byId(Set<String> ids, Function<Collection<String>, List<T>> finder,
			Function<T, String> targetId) {
		Map<String, T> targets = new HashMap<>();
		if (ids.isEmpty()) {
			return targets;
		}
		for (T target : finder.apply(ids)) {
			targets.put(targetId.apply(target), target);
		}
		return targets;
	}

	private static <T> List<T> found(List<String> ids, Map<String, T> targets) {
		List<T> found = new ArrayList<>(ids.size());
		for (String id : ids) {
			T target = targets.get(id);
			if (target != null) {
				found.add(target);
			}
		}
		return found;
	}

}
