/**
 * Events: dated meetings, conferences and sessions.
 */
@NullMarked
package app.briefings.event;

import org.jspecify.annotations.NullMarked;
