package com.frameratr.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class LowestPriorityTests {

    @Test
    @EnabledOnOs(OS.LINUX)
    void theWorkRunsAtNice19AndTheCallerKeepsItsPriority() throws Exception {
        AtomicInteger niceOfWork = new AtomicInteger(-100);
        AtomicInteger niceOfWorkersThread = new AtomicInteger(-100);
        int callerBefore = ownNice();

        LowestPriority.run("test-work", () -> {
            niceOfWork.set(ownNice());
            // threads the work starts inherit it (the model's training pool)
            Thread child = Thread.ofPlatform().start(() -> niceOfWorkersThread.set(ownNice()));
            try {
                child.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(niceOfWork.get()).isEqualTo(19);
        assertThat(niceOfWorkersThread.get()).isEqualTo(19);
        assertThat(ownNice()).isEqualTo(callerBefore);
    }

    @Test
    void whatTheWorkThrowsReachesTheCaller() {
        assertThatThrownBy(() -> LowestPriority.run("failing", () -> {
                    throw new IllegalStateException("rebuild failed");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rebuild failed");
    }

    /** Field 19 of /proc/thread-self/stat, after the command name (which may hold spaces). */
    private static int ownNice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
