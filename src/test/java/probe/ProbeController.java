package probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests, to drive error classes no real endpoint reaches on demand.
 * Outside {@code com.frameratr} so that component scanning never picks it up; tests import it.
 */
@RestController
public class ProbeController {

    record EchoRequest(@NotBlank String name, @Max(10) int count) {}

    @PostMapping(path = "/test/echo", consumes = "application/json")
    EchoRequest echo(@Valid @RequestBody EchoRequest request) {
        return request;
    }

    record ClientView(String remoteAddr, boolean secure, String scheme) {}

    /** The client as the service sees it, after the trusted-proxy rules applied X-Forwarded-*. */
    @GetMapping("/test/client")
    ClientView client(jakarta.servlet.http.HttpServletRequest request) {
        return new ClientView(request.getRemoteAddr(), request.isSecure(), request.getScheme());
    }

    @GetMapping("/test/boom")
    String boom() {
        throw new IllegalStateException("SELECT password FROM users WHERE token = 'hunter2'");
    }

    @GetMapping("/test/database-down")
    String databaseDown() {
        throw new CannotGetJdbcConnectionException("Connection to db.internal:5432 refused, password=hunter2");
    }

    /** What a @Transactional method throws when the pool has no connection to give (database down). */
    @GetMapping("/test/transaction-no-connection")
    String transactionNoConnection() {
        throw new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new CannotGetJdbcConnectionException("Connection to db.internal:5432 refused, password=hunter2"));
    }

    /** What a @Transactional method throws when the connection died mid-transaction (commit or rollback failed). */
    @GetMapping("/test/transaction-connection-lost")
    String transactionConnectionLost() {
        throw new TransactionSystemException(
                "JDBC rollback failed",
                new java.sql.SQLException("An I/O error occurred while sending to the backend"));
    }

    @GetMapping("/test/slow")
    String slow(@RequestParam long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "done";
    }
}
