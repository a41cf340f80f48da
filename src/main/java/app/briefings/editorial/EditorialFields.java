package app.briefings.editorial;

/**
 * The collections and stored field names of the editorial records (candidates, speaker
 * fixes, unlinked mentions, re-extraction jobs, the editorial history, merge records and
 * start-up task markers), for the queries, updates and indexes written on them. Mapped
 * records name their collection with these constants and the names follow their record
 * components, so a renamed component is renamed here once.
 */
final class EditorialFields {

	/** The collection of {@link EntityCandidate}. */
	static final String CANDIDATES = "candidates";

	/** The collection of {@link UnlinkedMentions.UnlinkedMention}. */
	static final String UNLINKED_MENTIONS = "unlinkedMentions";

	/** The collection of {@link SpeakerFix}. */
	static final String SPEAKER_FIXES = "quoteCorrections";

	/** The collection of {@link ReextractionJob}. */
	static final String REEXTRACTION_JOBS = "reextractionJobs";

	/** The collection of {@link EditorialAction}. */
	static final String HISTORY = "editorialHistory";

	/**
	 * The collection of the raw merge records {@link MergeRecords} keeps for unmerging.
	 */
	static final String MERGE_RECORDS = "mergeRecords";

	/** Where start-up tasks that run once record that they are done. */
	static final String STARTUP_TASKS = "startupTasks";

	static final String ID = "_id";

	/** The status of a candidate, a speaker fix or a re-extraction job. */
	static final String STATUS = "status";

	/** The raw document of a speaker fix or an unlinked mention. */
	static final String DOCUMENT_ID = "documentId";

	/** The briefing of a speaker fix or an unlinked mention. */
	static final String BRIEFING_ID = "briefingId";

	/** The type of the entity an unlinked mention named. */
	static final String ENTITY_TYPE = "entityType";

	/** The entity an unlinked mention named. */
	static final String ENTITY_ID = "entityId";

	/** The speaker a speaker fix chose. */
	static final String SPEAKER_ID = "speakerId";

	static final String SURFACE = "surface";

	static final String KEY = "key";

	static final String TYPE = "type";

	static final String REASON = "reason";

	static final String POSSIBLE_ENTITY_IDS = "possibleEntityIds";

	static final String CONTEXTS = "contexts";

	static final String CONTEXT_COUNT = "contextCount";

	static final String RESOLVED_ENTITY_TYPE = "resolvedEntityType";

	static final String RESOLVED_ENTITY_ID = "resolvedEntityId";

	static final String FIRST_SEEN_AT = "firstSeenAt";

	static final String LAST_SEEN_AT = "lastSeenAt";

	/** When an editor accepted or dismissed a candidate; stored, not read back. */
	static final String DECIDED_AT = "decidedAt";

	static final String QUOTE_TEXT = "quoteText";

	static final String PARAGRAPH = "paragraph";

	static final String SENTENCE = "sentence";

	static final String CORRECTED_AT = "correctedAt";

	static final String FLAGGED_AT = "flaggedAt";

	static final String REEXTRACTED_DOCUMENTS = "reextractedDocuments";

	static final String FAILED_DOCUMENTS = "failedDocuments";

	static final String FINISHED_AT = "finishedAt";

	/** When an editorial call was made. */
	static final String AT = "at";

	static final String TARGET_IDS = "targetIds";

	/** Within a merge record: the entity that absorbed the merged one. */
	static final String SURVIVOR_ID = "survivorId";

	/** Within a merge record: the merged entity as stored before the merge. */
	static final String MERGED_ENTITY = "mergedEntity";

	/** Within a merge record: what the survivor gained from the merged entity. */
	static final String GAINS = "gains";

	/**
	 * Within a merge record: the redirects to the merged entity carried to the survivor.
	 */
	static final String CARRIED_REDIRECTS = "carriedRedirects";

	/** Within a merge record: the briefings the merge rewrote, as stored before it. */
	static final String BRIEFINGS_BEFORE = "briefings";

	/** Within a merge record: the speaker fixes it pointed at the survivor. */
	static final String SPEAKER_FIX_IDS = "speakerFixIds";

	/** Within a merge record: the unlinked mentions it pointed at the survivor. */
	static final String UNLINK_IDS = "unlinkIds";

	static final String MERGED_AT = "mergedAt";

	/** Within a start-up task marker: that the task ran. */
	static final String DONE = "done";

	private EditorialFields() {
	}

}
