package app.briefings.briefing;

import app.briefings.graphql.paging.PageRequest;

/** Asks for one page of the quotes of one official. */
record OfficialQuotesKey(String officialId, PageRequest page) {

}
