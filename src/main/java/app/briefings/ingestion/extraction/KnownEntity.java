package app.briefings.ingestion.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An entity of the knowledge base as the extractor sees it: its id, its short English
 * name and every other form it may be written in.
 *
 * @param kind the operation kind (an {@code OperationKind} name) for operations, else
 * free-form or null
 * @param titles for officials, the titles of the positions they hold or held ("Secretary
 * General"), which references such as "the general" are checked against
 */
public record KnownEntity(String id, EntityType type, String name, List<String> aliases, @Nullable String kind,
		List<String> titles) {

	public KnownEntity {
		aliases = List.copyOf(aliases);
		titles = List.copyOf(titles);
	}

	/** An entity without titles. */
	public KnownEntity(String id, EntityType type, String name, List<String> aliases, @Nullable String kind) {
		this(id, type, name, aliases, kind, List.of());
	}

}
