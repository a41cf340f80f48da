package app.briefings.ingestion.extraction;

import org.jspecify.annotations.Nullable;

/**
 * One place in an item's body where an entity is named, before occurrences of the same
 * entity are gathered into a mention.
 *
 * @param role the title written right before a person's name, or null
 */
record Occurrence(EntityRef entity, Span span, double confidence, @Nullable String role) {

	Occurrence withRole(@Nullable String newRole) {
		return new Occurrence(this.entity, this.span, this.confidence, newRole);
	}

	boolean overlaps(Span other) {
		return this.span.start() < other.end() && other.start() < this.span.end();
	}

	boolean isPerson() {
		return this.entity.type() == EntityType.OFFICIAL;
	}

	int length() {
		return this.span.end() - this.span.start();
	}

}
