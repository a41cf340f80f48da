/**
 * Officials: people with positions over time, the speakers of quotes.
 */
@NullMarked
package app.briefings.official;

import org.jspecify.annotations.NullMarked;
