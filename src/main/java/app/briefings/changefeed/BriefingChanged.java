package app.briefings.changefeed;

/**
 * Published on every instance once for each briefing written or rewritten by any
 * instance. The event carries only the id: listeners read the briefing as stored now.
 */
public record BriefingChanged(String briefingId) {

}
