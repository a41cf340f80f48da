package app.briefings.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keyset pages of a knowledge-base collection ordered by name, then id, in both
 * directions: one query per page, stable while entities are added. The entity controllers
 * page through it instead of querying MongoDB themselves.
 */
@Component
public class NameOrderedPages {

	private static final Sort BY_NAME = Sort.by(EntityFields.NAME, EntityFields.ID);

	private static final Sort BY_NAME_REVERSED = Sort.by(Sort.Direction.DESC, EntityFields.NAME, EntityFields.ID);

	private final MongoOperations mongo;

	NameOrderedPages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * A page of the entities in {@code reviewStatus}, or of all entities when it is null.
	 */
	public <T> Connection<T> page(Class<T> type, PageRequest page, @Nullable ReviewStatus reviewStatus,
			Function<T, String> nameOf, Function<T, String> idOf) {
		Criteria filter = (reviewStatus != null) ? Criteria.where(EntityFields.REVIEW_STATUS).is(reviewStatus.name())
				: new Criteria();
		List<Criteria> bounds = new ArrayList<>(List.of(filter));
		if (page.after() != null) {
			bounds.add(beyond(page.after(), true));
		}
		if (page.before() != null) {
			bounds.add(beyond(page.before(), false));
		}
		Query query = new Query(new Criteria().andOperator(bounds)).with(page.isBackward() ? BY_NAME_REVERSED : BY_NAME)
			.limit(page.fetchSize());
		List<T> fetched = this.mongo.find(query, type);
		return Connection.of(fetched, page, (node) -> Cursor.encode(nameOf.apply(node), idOf.apply(node)),
				TotalCount.of(() -> this.mongo.count(new Query(filter), type)));
	}

	private static Criteria beyond(String cursor, boolean after) {
		List<String> keys = Cursor.decode(cursor, 2);
		String name = keys.get(0);
		String id = keys.get(1);
		if (after) {
			return new Criteria().orOperator(Criteria.where(EntityFields.NAME).gt(name),
					Criteria.where(EntityFields.NAME).is(name).and(EntityFields.ID).gt(id));
		}
		return new Criteria().orOperator(Criteria.where(EntityFields.NAME).lt(name),
				Criteria.where(EntityFields.NAME).is(name).and(EntityFields.ID).lt(id));
	}

}
