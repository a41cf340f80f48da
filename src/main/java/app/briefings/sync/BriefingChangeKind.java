package app.briefings.sync;

/** What happened to a briefing in one entry of the change log. */
public enum BriefingChangeKind {

	/** The briefing appeared. */
	PUBLISHED,
	/** The briefing was rewritten: its document was corrected, or an editor fixed it. */
	CORRECTED,
	/** The briefing was withdrawn; clients keep only its tombstone. */
	RETRACTED

}
