package app.briefings.budget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.briefings.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.spy;

/**
 * Budgets in MongoDB, on the database the integration tests use (the embedded server
 * without Docker): charging, refusing, atomicity under concurrent charges and the
 * deletion of ended windows.
 */
@IntegrationTest
class MongoBudgetStoreIntegrationTests {

	private static final BudgetWindow WINDOW = BudgetWindow.hourOf(Instant.parse("2026-11-30T02:47:12Z"));

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldChargeUntilTheBudgetIsSpentAndThenRefuse() {
		MongoBudgetStore store = new MongoBudgetStore(this.mongo);
		String caller = uniqueCaller();
		assertThat(store.charge(caller, 3, 5, WINDOW)).isEqualTo(new BudgetCharge(true, 5, 2, WINDOW.resetAt()));
		assertThat(store.charge(caller, 3, 5, WINDOW)).isEqualTo(new BudgetCharge(false, 5, 2, WINDOW.resetAt()));
		assertThat(store.charge(caller, 2, 5, WINDOW)).isEqualTo(new BudgetCharge(true, 5, 0, WINDOW.resetAt()));
		assertThat(store.charge(caller, 0, 5, WINDOW)).isEqualTo(new BudgetCharge(true, 5, 0, WINDOW.resetAt()));
		assertThat(store.charge(caller, 1, 5, WINDOW).granted()).isFalse();
	}

	@Test
	void shouldRefuseACostAboveTheWholeBudgetWithoutStoringIt() {
		MongoBudgetStore store = new MongoBudgetStore(this.mongo);
		String caller = uniqueCaller();
		assertThat(store.charge(caller, 6, 5, WINDOW)).isEqualTo(new BudgetCharge(false, 5, 5, WINDOW.resetAt()));
		assertThat(store.charge(caller, 5, 5, WINDOW).granted()).isTrue();
	}

	@Test
	void shouldNeverGrantMoreThanTheBudgetToConcurrentCharges() throws Exception {
		MongoBudgetStore store = new MongoBudgetStore(this.mongo);
		String caller = uniqueCaller();
		List<Callable<Boolean>> charges = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			charges.add(() -> store.charge(caller, 1, 25, WINDOW).granted());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		int granted = 0;
		try {
			for (Future<Boolean> charge : pool.invokeAll(charges)) {
				granted += charge.get() ? 1 : 0;
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(granted).isEqualTo(25);
		assertThat(store.charge(caller, 0, 25, WINDOW).remaining()).isZero();
	}

	@Test
	void shouldGrantEveryConcurrentFirstChargeOfAnHourThatFitsTheBudget() throws Exception {
		int chargers = 8;
		MongoBudgetStore store = new MongoBudgetStore(racingUpserts(chargers));
		String caller = uniqueCaller();
		assertThat(grantedOf(chargeConcurrently(store, caller, chargers, 25))).isEqualTo(chargers);
		assertThat(store.charge(caller, 0, 25, WINDOW).remaining()).isEqualTo(25 - chargers);
	}

	@Test
	void shouldRefuseExactlyTheConcurrentFirstChargesOfAnHourBeyondTheBudget() throws Exception {
		int chargers = 8;
		MongoBudgetStore store = new MongoBudgetStore(racingUpserts(chargers));
		String caller = uniqueCaller();
		assertThat(grantedOf(chargeConcurrently(store, caller, chargers, 5))).isEqualTo(5);
		assertThat(store.charge(caller, 0, 5, WINDOW).remaining()).isZero();
	}

	/**
	 * The embedded server runs each {@code findAndModify} under a lock, so first charges
	 * never race there. This double makes them race the way they do on a real server: the
	 * first {@code chargers} upserting charges all find no document before any inserts
	 * one; the first to insert wins and the others fail with duplicate key 11000, having
	 * changed nothing.
	 */
	private MongoOperations racingUpserts(int chargers) {
		MongoOperations racing = spy(this.mongo);
		CountDownLatch allFoundNothing = new CountDownLatch(chargers);
		Object inserting = new Object();
		willAnswer((invocation) -> {
			FindAndModifyOptions options = invocation.getArgument(2);
			if (!options.isUpsert() || allFoundNothing.getCount() == 0) {
				return invocation.callRealMethod();
			}
			allFoundNothing.countDown();
			allFoundNothing.await(10, TimeUnit.SECONDS);
			synchronized (inserting) {
				Query query = invocation.getArgument(0);
				if (this.mongo.exists(Query.query(Criteria.where("_id").is(query.getQueryObject().get("_id"))),
						MongoBudgetStore.COLLECTION)) {
					throw new DuplicateKeyException("E11000 duplicate key error collection: budgets index: _id_");
				}
				return invocation.callRealMethod();
			}
		}).given(racing)
			.findAndModify(any(Query.class), any(UpdateDefinition.class), any(FindAndModifyOptions.class),
					eq(Document.class), eq(MongoBudgetStore.COLLECTION));
		return racing;
	}

	private static List<Future<Boolean>> chargeConcurrently(MongoBudgetStore store, String caller, int chargers,
			long limit) throws InterruptedException {
		List<Callable<Boolean>> charges = new ArrayList<>();
		for (int i = 0; i < chargers; i++) {
			charges.add(() -> store.charge(caller, 1, limit, WINDOW).granted());
		}
		ExecutorService pool = Executors.newFixedThreadPool(chargers);
		try {
			return pool.invokeAll(charges);
		}
		finally {
			pool.shutdown();
		}
	}

	private static int grantedOf(List<Future<Boolean>> charges) throws Exception {
		int granted = 0;
		for (Future<Boolean> charge : charges) {
			granted += charge.get() ? 1 : 0;
		}
		return granted;
	}

	@Test
	void shouldDeleteEndedWindowsWhenANewOneBegins() {
		MongoBudgetStore store = new MongoBudgetStore(this.mongo);
		String caller = uniqueCaller();
		BudgetWindow earlier = BudgetWindow.hourOf(Instant.parse("2026-11-29T10:00:00Z"));
		store.charge(caller, 1, 5, earlier);
		assertThat(windowsOf(caller)).isEqualTo(1);
		store.charge(caller, 1, 5, BudgetWindow.hourOf(Instant.parse("2026-12-01T10:00:00Z")));
		assertThat(this.mongo.exists(Query.query(Criteria.where("window").is(earlier.key())), Document.class,
				MongoBudgetStore.COLLECTION))
			.isFalse();
		assertThat(windowsOf(caller)).isEqualTo(1);
	}

	private long windowsOf(String caller) {
		return this.mongo.count(Query.query(Criteria.where("_id").regex("^" + caller + "@")), Document.class,
				MongoBudgetStore.COLLECTION);
	}

	private static String uniqueCaller() {
		return "key:" + UUID.randomUUID();
	}

}
