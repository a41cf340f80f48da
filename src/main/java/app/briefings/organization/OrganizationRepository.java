package app.briefings.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Reads organizations by id, one or many in a single query. */
public interface OrganizationRepository extends Repository<Organization, String> {

	Optional<Organization> findById(String id);

	List<Organization> findByIdIn(Collection<String> ids);

}
