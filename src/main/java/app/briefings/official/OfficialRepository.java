package app.briefings.official;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Reads officials by id, one or many in a single query. */
public interface OfficialRepository extends Repository<Official, String> {

	Optional<Official> findById(String id);

	List<Official> findByIdIn(Collection<String> ids);

	/** The officials with a position, past or present, in any of the organizations. */
	List<Official> findByPositionsOrganizationIdInOrderByNameAscIdAsc(Collection<String> organizationIds);

}
