/**
 * MongoDB plumbing shared by every feature: the embedded server used when no URI is
 * configured (whose collections look a pinned {@code _id} up rather than scan), client
 * timeouts and the health check that works on both real and embedded servers.
 */
@NullMarked
package app.briefings.mongo;

import org.jspecify.annotations.NullMarked;
