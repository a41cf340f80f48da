package app.briefings.briefing;

import app.briefings.security.AccessRules;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides what a caller sees of a briefing looked up by its id. A published briefing is
 * seen whole. A retracted one is seen whole by its partner, editors and admins; anybody
 * else sees its {@linkplain Briefing#tombstone() tombstone}, or nothing when its id could
 * be computed from a partner name and an external ID, so that the answer never confirms
 * that a partner sent a document.
 */
@Component
public class RetractedBriefingReaders {

	private final AccessRules access;

	private final DocumentProvenance provenance;

	RetractedBriefingReaders(AccessRules access, DocumentProvenance provenance) {
		this.access = access;
		this.provenance = provenance;
	}

	/** The briefing as the caller of the current request may see it, or null. */
	@Nullable Briefing asSeenByCaller(Briefing briefing) {
		return asSeenBy(AccessRules.caller(), briefing);
	}

	/**
	 * The briefing as this caller may see it, or null: for readers that outlive the
	 * request, such as subscriptions.
	 */
	public @Nullable Briefing asSeenBy(@Nullable Authentication caller, Briefing briefing) {
		if (seenWholeByEveryone(briefing)) {
			return briefing;
		}
		if (this.access.mayEdit(caller) || isPartnerOf(caller, briefing)) {
			return briefing;
		}
		if (this.provenance.hasDerivableId(briefing.documentId())) {
			return null;
		}
		return briefing.tombstone();
	}

	/**
	 * Whether every caller sees this briefing whole, as {@link #asSeenBy} returns it: so
	 * what it shows does not depend on who reads it.
	 */
	public static boolean seenWholeByEveryone(Briefing briefing) {
		return briefing.status() != BriefingStatus.RETRACTED;
	}

	private boolean isPartnerOf(@Nullable Authentication caller, Briefing briefing) {
		if (!this.access.hasAnyRole(caller)) {
			return false;
		}
		String partner = this.provenance.partnerOf(briefing.documentId());
		return partner != null && this.access.mayReadPartnerData(caller, partner);
	}

}
