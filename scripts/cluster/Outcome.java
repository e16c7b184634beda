/** What the client can conclude from an answer about whether its write happened. */
enum Outcome {
    /** It happened (2xx). */
    OK,
    /** It did not happen: the service promises a rejected request changed nothing. */
    REJECTED,
    /** It may or may not have happened (5xx, timeout, connection error). */
    UNKNOWN
}
