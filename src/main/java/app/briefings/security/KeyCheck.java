package app.briefings.security;

import org.springframework.security.core.Authentication;

/**
 * What {@link CallerAuthenticator} decided about the credential of one call: none was
 * sent, a valid key was sent, or the key sent does not authenticate (unknown, revoked or
 * rotated away).
 */
public sealed interface KeyCheck {

	/** No {@code Authorization} header: the call goes on anonymously. */
	record NoKey() implements KeyCheck {
	}

	/** A key that authenticates now, with the caller it stands for. */
	record Accepted(Authentication authentication) implements KeyCheck {
	}

	/** A key that does not authenticate: refuse with {@code INVALID_API_KEY}. */
	record Refused() implements KeyCheck {
	}

}
