package org.strengthslint.server;

/** A request the server will not or cannot answer, with the HTTP status and a reason a person can read. */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
