package app.briefings.knowledgebase;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * The record of the last import of the shipped knowledge base, stored in
 * {@link CuratedDataImporter#IMPORTS_COLLECTION}: which files were imported, when, and
 * how many entities they held.
 *
 * @param fingerprint the {@link CuratedDataFingerprint} of the imported files
 * @param entityCount how many entities were imported; null on records stored before it
 * was kept
 */
record CuratedImport(@Id String id, String fingerprint, @Nullable Integer entityCount, Instant importedAt) {

	int entities() {
		return (this.entityCount != null) ? this.entityCount : 0;
	}

}
