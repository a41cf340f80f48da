package app.briefings.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The wire-protocol commands of mongo-java-server 1.47 that change stored data, so the
 * file storage knows which replies must wait for a commit.
 */
final class WriteCommands {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

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
