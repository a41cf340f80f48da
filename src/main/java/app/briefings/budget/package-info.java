/**
 * Cost budgets: each operation's cost charged to its caller's hourly budget.
 */
@NullMarked
package app.briefings.budget;

import org.jspecify.annotations.NullMarked;
