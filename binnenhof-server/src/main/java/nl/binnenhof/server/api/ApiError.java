package nl.binnenhof.server.api;

/** A request the API answers with an error status and a message that says what to do instead. */
public final class ApiError extends RuntimeException {
    private final int status;

    private ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** The server is at its limit for this kind of request; the client may retry shortly. */
    public static ApiError busy(String message) {
        return new ApiError(503, message);
    }

    public int status() {
        return status;
    }
}
