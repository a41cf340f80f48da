package app.briefings.event;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.BatchLookup;
import app.briefings.place.Place;
import app.briefings.place.PlaceRepository;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Where events took place. */
@Controller
class EventController {

	private final PlaceRepository places;

	EventController(PlaceRepository places) {
		this.places = places;
	}

	@BatchMapping
	Map<Event, Place> place(List<Event> events) {
		return BatchLookup.one(events, Event::placeId, this.places::findByIdIn, Place::id);
	}

}
