/**
 * The change feed: tells every running instance about every briefing written by any
 * instance, through MongoDB change streams on a replica set or in-process events on the
 * embedded server. Consumers listen to {@link app.briefings.changefeed.BriefingChanged},
 * or to {@link app.briefings.changefeed.BriefingsChanged} to take the briefings of one
 * write together.
 */
@NullMarked
package app.briefings.changefeed;

import org.jspecify.annotations.NullMarked;
