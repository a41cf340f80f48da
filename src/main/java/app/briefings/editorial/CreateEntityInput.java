package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.MentionedEntityType;
import app.briefings.operation.OperationKind;
import org.jspecify.annotations.Nullable;

/**
 * An entity an editor creates directly: its type, common English name, other forms of the
 * name, a description and, for an operation, its kind.
 */
record CreateEntityInput(@Nullable MentionedEntityType type, @Nullable String name, @Nullable List<String> aliases,
		@Nullable String description, @Nullable OperationKind operationKind) {

}
