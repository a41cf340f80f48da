package app.briefings.briefing;

/**
 * One quote and the briefing it is embedded in, at its index among the briefing's quotes:
 * an edge of {@code Official.quotes}.
 */
record QuoteInBriefing(Briefing briefing, int index) {

	Quote quote() {
		return this.briefing.quotes().get(this.index);
	}

	QuoteCursor position() {
		return new QuoteCursor(this.briefing.publishedAt(), this.briefing.id(), this.index);
	}

}
