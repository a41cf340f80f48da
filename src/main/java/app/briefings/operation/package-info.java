/**
 * Operations, trainings, exercises and sets of measures, with their editions.
 */
@NullMarked
package app.briefings.operation;

import org.jspecify.annotations.NullMarked;
