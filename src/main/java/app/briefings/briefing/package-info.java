/**
 * Briefings: news items as linked data, with embedded quotes, mentions and dates, and
 * their feed.
 */
@NullMarked
package app.briefings.briefing;

import org.jspecify.annotations.NullMarked;
