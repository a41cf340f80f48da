package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.MentionedEntityType;
import app.briefings.ingestion.extraction.ExtractedCandidate;
import app.briefings.ingestion.extraction.ExtractedItem;

/**
 * Published, on the instance that did the work, when a document's briefings are written
 * and extraction left names to editors in them.
 */
public record EntityCandidatesFound(String documentId, List<FoundCandidate> candidates) {

	private static final int SNIPPET_MARGIN = 60;

	public EntityCandidatesFound {
		candidates = List.copyOf(candidates);
	}

	static EntityCandidatesFound of(String documentId, List<Briefing> briefings, List<ExtractedItem> items) {
		List<FoundCandidate> found = new ArrayList<>();
		for (int index = 0; index < items.size() && index < briefings.size(); index++) {
			ExtractedItem item = items.get(index);
			for (ExtractedCandidate candidate : item.candidates()) {
				found.add(new FoundCandidate(briefings.get(index).id(), candidate.surface(), candidate.key(),
						MentionedEntityType.valueOf(candidate.type().name()), candidate.entityIds(),
						candidate.span().start(), candidate.span().end(), snippet(item.body(), candidate),
						candidate.unresolvedSpeaker()));
			}
		}
		return new EntityCandidatesFound(documentId, found);
	}

	private static String snippet(String body, ExtractedCandidate candidate) {
		int start = Math.max(0, candidate.span().start() - SNIPPET_MARGIN);
		int end = Math.min(body.length(), candidate.span().end() + SNIPPET_MARGIN);
		String text = body.substring(start, end).replaceAll("\\s+", " ").strip();
		return ((start > 0) ? "…" : "") + text + ((end < body.length()) ? "…" : "");
	}

	/**
	 * One name left to editors where it stands.
	 *
	 * @param key the script-independent form of the name
	 * @param entityIds the known entities of that type it could be, empty for an unknown
	 * name
	 * @param start offset of the name in the briefing's body
	 * @param end offset just past the name
	 * @param snippet the words around the name
	 * @param unresolvedSpeaker whether the name (or reference, such as "he") is the
	 * speaker of a quote that extraction left without a linked speaker
	 */
	public record FoundCandidate(String briefingId, String surface, String key, MentionedEntityType type,
			List<String> entityIds, int start, int end, String snippet, boolean unresolvedSpeaker) {

		public FoundCandidate {
			entityIds = List.copyOf(entityIds);
		}

		/** A name left to editors that is not the speaker of an unlinked quote. */
		public FoundCandidate(String briefingId, String surface, String key, MentionedEntityType type,
				List<String> entityIds, int start, int end, String snippet) {
			this(briefingId, surface, key, type, entityIds, start, end, snippet, false);
		}

	}

}
