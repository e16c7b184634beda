/** When the scenario's fault actions began and ended (ms; -1 for an action the scenario has not). */
record FaultTimes(long killAt, long termAt, long termDone, long pgStop, long pgUp, long tmdbDown, long tmdbOk) {

    static FaultTimes of(Journal journal) {
        return new FaultTimes(
                journal.eventAt("kill 2 (begin)"),
                journal.eventAt("term 2 (begin)"),
                journal.eventAt("term 2 (done"),
                journal.eventAt("pg-stop (begin)"),
                journal.eventAt("pg-start (done"),
                journal.eventAt("tmdb down (begin)"),
                journal.eventAt("tmdb ok (done"));
    }
}
