/**
 * The deadline of the request a thread is serving: opened by the transports when a
 * request starts, carried to the threads that work for it, and read by the MongoDB
 * plumbing to bound each command by the time the request has left.
 */
@NullMarked
package app.briefings.deadline;

import org.jspecify.annotations.NullMarked;
