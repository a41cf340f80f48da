package app.briefings.editorial;

import java.time.Instant;
import java.util.List;

import app.briefings.briefing.MentionedEntityType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A name extraction did not link and left to editors, gathered across documents under its
 * script-independent form and type.
 *
 * @param id the type and the key, as {@code TYPE:key}
 * @param key the script-independent form of the name shared by all its spellings
 * @param possibleEntityIds for an ambiguous name, the entities it could be
 * @param contexts the most recent places it was written, each once, up to
 * {@link CandidateProperties#keptContexts()}
 * @param contextCount how many places it was written in, kept ones or not; null on
 * candidates stored before the count was kept
 * @param resolvedEntityId the entity an accepted candidate became or became an alias of
 */
@Document(EditorialFields.CANDIDATES)
record EntityCandidate(@Id String id, String surface, String key, MentionedEntityType type, CandidateReason reason,
		List<String> possibleEntityIds, List<CandidateContext> contexts, @Nullable Integer contextCount,
		CandidateStatus status, @Nullable MentionedEntityType resolvedEntityType, @Nullable String resolvedEntityId,
		Instant firstSeenAt, Instant lastSeenAt) {

	EntityCandidate {
		possibleEntityIds = (possibleEntityIds != null) ? List.copyOf(possibleEntityIds) : List.of();
		contexts = (contexts != null) ? List.copyOf(contexts) : List.of();
	}

	/** How many places it was written in, at least as many as it keeps. */
	int placesWritten() {
		int kept = this.contexts.size();
		return (this.contextCount != null) ? Math.max(this.contextCount, kept) : kept;
	}

	static String idFor(MentionedEntityType type, String key) {
		return type.name() + ":" + key;
	}

}
