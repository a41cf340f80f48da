package app.briefings.live;

import org.springframework.context.ApplicationContext;

/**
 * How many live subscribers an application instance holds, so that a test can wait until
 * its subscription is registered before it publishes, instead of sleeping.
 */
public final class LiveSubscribers {

	private LiveSubscribers() {
	}

	/**
	 * The number of {@code briefingPublished} subscribers of the given instance.
	 * @param application the running application
	 * @return its current subscriber count
	 */
	public static int count(ApplicationContext application) {
		return application.getBean(BriefingBroadcaster.class).subscribers();
	}

}
