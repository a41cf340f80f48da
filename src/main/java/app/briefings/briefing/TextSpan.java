package app.briefings.briefing;

/** A half-open character range [start, end) in a briefing's body. */
public record TextSpan(int start, int end) {

}
