package app.briefings.ingestion.extraction;

import java.util.List;

/**
 * A name the extractor would not link on its own and leaves to an editor: a known alias
 * shared by several entities, or a capitalized multi-word name that looks like a person
 * or an organization but has no title or institution word and matches nothing known.
 *
 * @param surface the name as written
 * @param key the script-independent form of the name, the same for every spelling
 * @param type the type the name most likely has
 * @param entityIds the known entities it could be, empty for an unknown name
 * @param span where the name stands in the body
 * @param unresolvedSpeaker whether it is the speaker of a quote that attribution left
 * unlinked (a name or a reference such as "he" or "the general" that no recognized person
 * fits for certain)
 */
public record ExtractedCandidate(String surface, String key, EntityType type, List<String> entityIds, Span span,
		boolean unresolvedSpeaker) {

	public ExtractedCandidate {
		entityIds = List.copyOf(entityIds);
	}

	/** A name left to editors that is not the speaker of an unlinked quote. */
	public ExtractedCandidate(String surface, String key, EntityType type, List<String> entityIds, Span span) {
		this(surface, key, type, entityIds, span, false);
	}

}
