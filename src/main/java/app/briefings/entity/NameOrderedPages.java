package app.briefings.entity;

import java.util.List;

import app.briefings.graphql.Connection;
import app.briefings.graphql.Cursor;
import app.briefings.graphql.PageRequest;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset pages of a knowledge-base collection ordered by name, then id: one query per
 * page, stable while entities are added.
 */
public final class NameOrderedPages {

	private NameOrderedPages() {
	}

	public static <T> Connection<T> page(MongoOperations mongo, Class<T> type, PageRequest page,
			java.util.function.Function<T, String> nameOf, java.util.function.Function<T, String> idOf) {
		Query query = new Query().with(Sort.by("name", "_id")).limit(page.fetchSize());
		if (page.after() != null) {
			query.addCriteria(after(page.after()));
		}
		List<T> fetched = mongo.find(query, type);
		return Connection.forward(fetched, page, (node) -> Cursor.encode(nameOf.apply(node), idOf.apply(node)));
	}

	private static Criteria after(String cursor) {
		List<String> keys = Cursor.decode(cursor, 2);
		String name = keys.get(0);
		String id = keys.get(1);
		return new Criteria().orOperator(Criteria.where("name").gt(name),
				Criteria.where("name").is(name).and("_id").gt(id));
	}

}
