package app.briefings.operation;

import org.jspecify.annotations.Nullable;

/** One edition of an operation, such as Rubezh-2025. */
public record OperationEdition(@Nullable Integer year, @Nullable String name) {

}
