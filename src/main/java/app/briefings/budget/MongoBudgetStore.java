package app.briefings.budget;

import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Budgets in MongoDB, shared by every instance: one document per caller and window in
 * {@code budgets}, keyed {@code <caller>@<window start>}. A charge is one
 * {@code findAndModify} that increments {@code spent} only while the charge still fits,
 * upserting the window's document. The upsert fails with duplicate key 11000 either when
 * the charge does not fit (the document exists but the filter excludes it) or when
 * concurrent first charges of a window all found no document and another inserted it
 * first; so on 11000 the charge is retried once as a plain update, which the document now
 * exists for: it is granted when it fits and refused otherwise. Ended windows are deleted
 * by their window key when an instance first charges in a new window (no TTL index, which
 * the embedded server ignores).
 */
class MongoBudgetStore implements BudgetStore {

	static final String COLLECTION = "budgets";

	private static final String ID = "_id";

	private static final String SPENT = "spent";

	private static final String WINDOW = "window";

	private final MongoOperations mongo;

	private final AtomicLong purgedBefore = new AtomicLong();

	MongoBudgetStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public BudgetCharge charge(String caller, long points, long limit, BudgetWindow window) {
		deleteEndedWindows(window);
		String id = caller + "@" + window.key();
		if (points > limit) {
			return refused(id, limit, window);
		}
		Query fits = Query.query(Criteria.where(ID).is(id).and(SPENT).lte(limit - points));
		Update charge = new Update().inc(SPENT, points).setOnInsert(WINDOW, window.key());
		Document charged;
		try {
			charged = this.mongo.findAndModify(fits, charge,
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			charged = this.mongo.findAndModify(fits, charge, FindAndModifyOptions.options().returnNew(true),
					Document.class, COLLECTION);
		}
		if (charged == null) {
			return refused(id, limit, window);
		}
		return new BudgetCharge(true, limit, limit - spentOf(charged), window.resetAt());
	}

	private BudgetCharge refused(String id, long limit, BudgetWindow window) {
		Document current = this.mongo.findById(id, Document.class, COLLECTION);
		return new BudgetCharge(false, limit, Math.max(0, limit - spentOf(current)), window.resetAt());
	}

	private static long spentOf(@Nullable Document budget) {
		return (budget != null) ? ((Number) budget.get(SPENT)).longValue() : 0;
	}

	private void deleteEndedWindows(BudgetWindow window) {
		long previous = this.purgedBefore.get();
		if (previous >= window.key() || !this.purgedBefore.compareAndSet(previous, window.key())) {
			return;
		}
		this.mongo.remove(Query.query(Criteria.where(WINDOW).lt(window.key())), COLLECTION);
	}

}
