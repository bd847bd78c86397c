package org.strengthslint.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's answer to a request it could not even parse, with the headers every answer of the server carries. */
final class SecureErrorHandler extends ErrorHandler {
    SecureErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        RequestGuard.HEADERS.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }
}
