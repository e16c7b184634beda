package com.frameratr.platform.problems;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself, before Spring sees them: a {@code %00} or encoded slash in the
 * path, a malformed request line. Its default report is an HTML page; this one writes the API's
 * problem+json instead (without a request id: no filter ran). Tomcat creates it by class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String title = resolved == null ? "Error" : resolved.getReasonPhrase();
        String type = status >= 500 ? "internal" : ProblemMessages.slug(title);
        String detail = status >= 500 ? "An unexpected error occurred" : title;
        String body = "{\"type\":\"urn:frameratr:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"error\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response cannot take a body; nothing more to do
        }
    }
}
