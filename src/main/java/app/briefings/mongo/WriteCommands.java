package app.briefings.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The wire-protocol commands of mongo-java-server 1.47 that change stored data, so the
 * file storage knows which replies must wait for a commit, and the command that commits
 * what earlier writes left uncommitted.
 */
final class WriteCommands {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

	/**
	 * MongoDB's command that flushes every write to disk; on file storage it commits what
	 * writes sent with {@code j: false} left uncommitted.
	 */
	static final String FSYNC = "fsync";

	private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

	private WriteCommands() {
	}

	/** Whether the command can change stored data. */
	static boolean changesData(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (WRITES.contains(name)) {
			return true;
		}
		return name.equals("aggregate") && writesOutput(query.get("pipeline"));
	}

	/** Whether the command is {@link #FSYNC}. */
	static boolean commitsEarlierWrites(String command) {
		return command.equalsIgnoreCase(FSYNC);
	}

	/**
	 * Whether the write's sender waived the journal ({@code writeConcern: {j: false}}):
	 * its reply need not wait for a commit, a later commit stores it.
	 */
	static boolean journalWaived(Document query) {
		return query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
	}

	private static boolean writesOutput(Object pipeline) {
		if (!(pipeline instanceof List<?> stages)) {
			return false;
		}
		for (Object stage : stages) {
			if (stage instanceof Document document && containsAny(document)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAny(Document stage) {
		for (String key : stage.keySet()) {
			if (WRITING_STAGES.contains(key)) {
				return true;
			}
		}
		return false;
	}

}
