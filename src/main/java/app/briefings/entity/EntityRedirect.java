package app.briefings.entity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where an entity merged into another now lives: its id keeps resolving to the survivor.
 *
 * @param id the collection and the merged id, as {@code collection:id}
 */
@Document("entityRedirects")
public record EntityRedirect(@Id String id, String collection, String mergedId, String survivorId, Instant mergedAt) {

	/** The stored name of {@link #collection()}. */
	static final String COLLECTION = "collection";

	/** The stored name of {@link #mergedId()}. */
	static final String MERGED_ID = "mergedId";

	/** The stored name of {@link #survivorId()}. */
	static final String SURVIVOR_ID = "survivorId";

	static String idFor(String collection, String mergedId) {
		return collection + ":" + mergedId;
	}

}
