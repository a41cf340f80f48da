package app.briefings.briefing;

import app.briefings.graphql.paging.PageRequest;

/** Asks for one page of the briefings mentioning one entity. */
record EntityBriefingsKey(MentionedEntity entity, PageRequest page) {

}
