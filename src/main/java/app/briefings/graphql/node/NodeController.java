package app.briefings.graphql.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)} and {@code nodes(ids)}: any object by its global ID, one database
 * query per type.
 */
@Controller
class NodeController {

	private static final int MAX_IDS = 100;

	private final Map<String, NodeResolver> resolvers = new HashMap<>();

	NodeController(List<NodeResolver> resolvers) {
		for (NodeResolver resolver : resolvers) {
			this.resolvers.put(resolver.typeName(), resolver);
		}
	}

	@QueryMapping
	@Nullable Object node(@Argument String id) {
		return nodes(List.of(id)).get(0);
	}

	@QueryMapping
	List<@Nullable Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT, "nodes takes at most " + MAX_IDS + " ids",
					Map.of("field", "ids"));
		}
		List<GlobalId> globalIds = new ArrayList<>(ids.size());
		for (String id : ids) {
			globalIds.add(GlobalId.decode(id));
		}
		Map<GlobalId, Object> found = findAll(globalIds);
		List<@Nullable Object> nodes = new ArrayList<>(ids.size());
		for (GlobalId globalId : globalIds) {
			nodes.add(found.get(globalId));
		}
		return nodes;
	}

	private Map<GlobalId, Object> findAll(List<GlobalId> globalIds) {
		Map<String, Set<String>> idsByType = new LinkedHashMap<>();
		for (GlobalId globalId : globalIds) {
			idsByType.computeIfAbsent(globalId.type(), (type) -> new LinkedHashSet<>()).add(globalId.id());
		}
		Map<GlobalId, Object> found = new HashMap<>();
		idsByType.forEach((type, ids) -> found.putAll(findOfType(type, ids)));
		return found;
	}

	private Map<GlobalId, Object> findOfType(String type, Collection<String> ids) {
		NodeResolver resolver = this.resolvers.get(type);
		if (resolver == null) {
			return Map.of();
		}
		Map<GlobalId, Object> found = new HashMap<>();
		resolver.findByIds(ids).forEach((id, node) -> found.put(new GlobalId(type, id), node));
		return found;
	}

}
