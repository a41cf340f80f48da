package app.briefings.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Published for every audit line written, on the instance that ran the mutation, so that
 * features can keep the part of the audit trail they answer for (such as the editorial
 * history).
 *
 * @param keyId the caller's key id, {@code anonymous} without a key
 * @param targetIds the global IDs the call named or touched
 * @param arguments the call's arguments by dotted path, without free text and secrets
 * @param outcome {@code OK} or the error code
 */
public record MutationAudited(Instant at, String keyId, @Nullable String partner, String operation,
		List<String> targetIds, Map<String, Object> arguments, String outcome) {

}
