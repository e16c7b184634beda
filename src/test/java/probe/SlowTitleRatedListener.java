package probe;

import com.frameratr.ratings.TitleRated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener that takes 3 s over each TitleRated and then notes it in {@code probe_events} (a table
 * the test makes): long enough for a test to SIGKILL the service while the event is in flight.
 * Outside {@code com.frameratr}, so only tests that name it (spring.main.sources) load it.
 */
@Component
public class SlowTitleRatedListener {

    private final JdbcClient jdbc;

    SlowTitleRatedListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(TitleRated event) throws InterruptedException {
        Thread.sleep(3000);
        jdbc.sql("INSERT INTO probe_events (uid) VALUES (:uid)")
                .param("uid", event.uid())
                .update();
    }
}
