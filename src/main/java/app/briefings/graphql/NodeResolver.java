package app.briefings.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * Finds the objects of one GraphQL type by their stored ids, for {@code node} and {@code nodes}.
 * Each feature that has a {@code Node} type provides one.
 */
public interface NodeResolver {

	/** The GraphQL type name, as encoded in global IDs. */
	String typeName();

	/** The objects found, by stored id; ids that match nothing are absent. */
	Map<String, Object> findByIds(Collection<String> ids);

}
