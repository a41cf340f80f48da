package app.briefings.budget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.briefings.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

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
