package app.briefings.search;

import java.util.List;

import app.briefings.briefing.Briefing;

/** A {@code SearchEdge} of the schema: a briefing found, its score and snippets. */
record SearchEdge(String cursor, Briefing node, float score, List<Snippet> snippets) {

}
