package app.briefings.editorial;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One editorial call as the audit trail saw it: who, when, what, on which IDs, with which
 * arguments, and how it ended ({@code OK} or the error code), refused calls included.
 */
@Document(EditorialFields.HISTORY)
record EditorialAction(@Id String id, Instant at, String keyId, @Nullable String partner, String operation,
		List<String> targetIds, List<Argument> arguments, String outcome) {

	EditorialAction {
		targetIds = (targetIds != null) ? List.copyOf(targetIds) : List.of();
		arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
	}

	/** One argument of the call by its dotted path, its value as text. */
	record Argument(String name, String value) {

	}

}
