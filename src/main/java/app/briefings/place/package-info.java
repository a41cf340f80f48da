/**
 * Places: cities, countries and regions.
 */
@NullMarked
package app.briefings.place;

import org.jspecify.annotations.NullMarked;
