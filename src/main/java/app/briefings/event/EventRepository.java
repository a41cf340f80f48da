package app.briefings.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Reads events by id, one or many in a single query. */
public interface EventRepository extends Repository<Event, String> {

	Optional<Event> findById(String id);

	List<Event> findByIdIn(Collection<String> ids);

}
