package app.briefings.briefing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Stores briefings and reads them by id or by document. */
public interface BriefingRepository extends Repository<Briefing, String>, BriefingFeedQueries {

	Optional<Briefing> findById(String id);

	List<Briefing> findByIdIn(Collection<String> ids);

	Briefing save(Briefing briefing);

}
