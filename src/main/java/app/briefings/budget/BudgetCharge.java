package app.briefings.budget;

import java.time.Instant;

/**
 * The outcome of charging a caller's budget.
 *
 * @param granted whether the points fitted into what remained and were charged
 * @param limit the budget of the window
 * @param remaining the points left in the window after this charge
 * @param resetAt when the window ends and the budget is full again
 */
record BudgetCharge(boolean granted, long limit, long remaining, Instant resetAt) {

}
