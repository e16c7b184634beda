package probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
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

    @GetMapping("/test/boom")
    String boom() {
        throw new IllegalStateException("SELECT password FROM users WHERE token = 'hunter2'");
    }

    @GetMapping("/test/database-down")
    String databaseDown() {
        throw new CannotGetJdbcConnectionException("Connection to db.internal:5432 refused, password=hunter2");
    }

    @GetMapping("/test/slow")
    String slow(@RequestParam long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "done";
    }
}
