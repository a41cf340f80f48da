package app.briefings.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import app.briefings.graphql.Connection;
import app.briefings.graphql.Cursor;
import app.briefings.graphql.PageRequest;
import app.briefings.graphql.TotalCount;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset pages of a knowledge-base collection ordered by name, then id, in both
 * directions: one query per page, stable while entities are added.
 */
public final class NameOrderedPages {

	private static final Sort BY_NAME = Sort.by("name", "_id");

	private static final Sort BY_NAME_REVERSED = Sort.by(Sort.Direction.DESC, "name", "_id");

	private NameOrderedPages() {
	}

	public static <T> Connection<T> page(MongoOperations mongo, Class<T> type, PageRequest page,
			Function<T, String> nameOf, Function<T, String> idOf) {
		List<Criteria> bounds = new ArrayList<>();
		if (page.after() != null) {
			bounds.add(beyond(page.after(), true));
		}
		if (page.before() != null) {
			bounds.add(beyond(page.before(), false));
		}
		Query query = new Query().with(page.isBackward() ? BY_NAME_REVERSED : BY_NAME).limit(page.fetchSize());
		if (!bounds.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(bounds));
		}
		List<T> fetched = mongo.find(query, type);
		return Connection.of(fetched, page, (node) -> Cursor.encode(nameOf.apply(node), idOf.apply(node)),
				TotalCount.of(() -> mongo.count(new Query(), type)));
	}

	private static Criteria beyond(String cursor, boolean after) {
		List<String> keys = Cursor.decode(cursor, 2);
		String name = keys.get(0);
		String id = keys.get(1);
		if (after) {
			return new Criteria().orOperator(Criteria.where("name").gt(name),
					Criteria.where("name").is(name).and("_id").gt(id));
		}
		return new Criteria().orOperator(Criteria.where("name").lt(name),
				Criteria.where("name").is(name).and("_id").lt(id));
	}

}
