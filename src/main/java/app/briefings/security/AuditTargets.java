package app.briefings.security;

import java.util.List;

/**
 * A mutation payload that names the objects the mutation touched, as global IDs, for the
 * audit log.
 */
public interface AuditTargets {

	List<String> auditTargetIds();

}
