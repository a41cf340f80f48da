package app.briefings.ingestion.extraction;

/**
 * What a line of a page is, as the layout stage reads it: the parts that make up an item
 * (headline, dateline, metadata, prose and its labelled forms) and the parts that are
 * removed from every item (navigation, section labels, credits, captions).
 */
public enum LineKind {

	/** An item's headline, kept as its title. */
	HEADLINE,
	/**
	 * A line that opens with a wire dateline; the dateline is removed, the rest is prose.
	 */
	DATELINE,
	/** The author's name under a headline ("By …", «Автор: …», «Беседовал …»). */
	BYLINE,
	/** A date, publication, update or reading-time line under a headline. */
	METADATA,
	/** An op-ed's date and URL line. */
	DATE_URL,
	/** A tag line; its tags are kept on the item. */
	TAGS,
	/** An "About the author" / «Об авторе» note. */
	AUTHOR_NOTE,
	/** A menu, sharing, cookie, read-also, footer or link line. */
	NAVIGATION,
	/** A section label such as "Analysis", «Комментарий», "Interview". */
	SECTION_LABEL,
	/**
	 * A wire credit line ("(Reporting by …; Editing by …)") or an agency's standards
	 * line.
	 */
	CREDIT,
	/** A photo caption or source line. */
	CAPTION,
	/** The time stamp of a live-blog entry ("09:40"), kept in the item's body. */
	TIMESTAMP,
	/** A transcript turn: a speaker's label and a quotation ({@code Lavrov: "…"}). */
	SPEAKER_TURN,
	/** An interviewer's question ({@code Q:}, «Вопрос:»). */
	QUESTION,
	/** An interviewee's answer ({@code A:}, «О:»). */
	ANSWER,
	/** A bulleted paragraph: on a digest page, an item of its own. */
	BULLET,

	/** Prose. */
	BODY

}
