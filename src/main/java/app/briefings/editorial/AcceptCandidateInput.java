package app.briefings.editorial;

import org.jspecify.annotations.Nullable;

/**
 * How to accept a candidate: as an alias of an existing entity, or as a new entity;
 * exactly one of the two.
 */
record AcceptCandidateInput(String id, @Nullable String asAliasOf, @Nullable NewEntityInput asNewEntity) {

}
