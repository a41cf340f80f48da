package app.briefings.mongo;

import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Lets a run of writes on the embedded server share one file commit instead of one each:
 * inside {@link #around}, the current thread's writes are sent with {@code j: false},
 * which the embedded server answers without committing, and the run ends with an
 * {@code fsync} command, which commits everything written so far. What the run returns is
 * acknowledged only after that commit, so what an acknowledgement promises survives a
 * killed process as before; a process killed during the run leaves some of its writes or
 * none, as one killed between two committed writes did.
 * <p>
 * Meant for callers that answer nobody until the run ends and whose store no one else
 * reads meanwhile (the bulk import holds the data file's lock): a read during the run
 * could see a write that a crash then takes back. Against any other MongoDB, and without
 * the embedded server, {@link #around} only runs the work: every write keeps its
 * configured write concern.
 */
public final class SharedCommit {

	private static final ThreadLocal<Boolean> DEFERRING = ThreadLocal.withInitial(() -> false);

	private final @Nullable MongoOperations mongo;

	SharedCommit(@Nullable MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Commits as each write is sent: {@link #around} only runs the work. */
	public static SharedCommit none() {
		return new SharedCommit(null);
	}

	/**
	 * Runs the work with its writes committed together at its end, on the embedded
	 * server; elsewhere just runs it. A run that throws commits nothing itself: its
	 * writes are acknowledged to nobody, and the next commit stores them.
	 */
	public <T> T around(Supplier<T> work) {
		MongoOperations embedded = this.mongo;
		if (embedded == null || DEFERRING.get()) {
			return work.get();
		}
		T result;
		DEFERRING.set(true);
		try {
			result = work.get();
		}
		finally {
			DEFERRING.remove();
		}
		embedded.executeCommand(new Document(WriteCommands.FSYNC, 1));
		return result;
	}

	/** The collection as the current thread writes to it: unjournaled inside a run. */
	static <T> MongoCollection<T> apply(MongoCollection<T> collection) {
		if (!DEFERRING.get()) {
			return collection;
		}
		return collection.withWriteConcern(collection.getWriteConcern().withJournal(false));
	}

}
