package app.briefings.operation;

/** What sort of operation an operation is. */
public enum OperationKind {

	REGIONAL_OPERATION, TRAINING, SPECIAL_TRAINING, EXERCISE, SET_OF_MEASURES

}
