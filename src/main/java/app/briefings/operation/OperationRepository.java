package app.briefings.operation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Reads operations by id, one or many in a single query. */
public interface OperationRepository extends Repository<Operation, String> {

	Optional<Operation> findById(String id);

	List<Operation> findByIdIn(Collection<String> ids);

	/** The operations that any of the organizations runs. */
	List<Operation> findByOrganizationIdInOrderByNameAscIdAsc(Collection<String> organizationIds);

}
