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

	static String idFor(String collection, String mergedId) {
		return collection + ":" + mergedId;
	}

}
