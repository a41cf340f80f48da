package app.briefings.security;

/** What an API key may do. */
public enum Role {

	/** Reads briefings and the knowledge base. */
	READER,
	/** Pushes documents in and reads its own ingestion records. */
	PARTNER,
	/** Curates the knowledge base. */
	EDITOR,
	/** Manages keys and everything else. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
