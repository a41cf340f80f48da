package app.briefings.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Reads places by id, one or many in a single query. */
public interface PlaceRepository extends Repository<Place, String> {

	Optional<Place> findById(String id);

	List<Place> findByIdIn(Collection<String> ids);

}
