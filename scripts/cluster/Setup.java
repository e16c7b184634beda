import java.util.List;

/**
 * Before the measured load: the load's titles are imported the way clients import them, by a first
 * write (a favorite added and removed by a setup user; idempotent, so every scenario may repeat it),
 * the TMDb cache (the shared table) is warmed with every key the load reads, and the users are
 * created. If the cluster cannot do that, the scenario cannot be judged: exit 3.
 */
final class Setup {

    private Setup() {}

    static void run(Client client, String setupToken, List<Account> accounts) {
        for (String title : Titles.all()) {
            for (String method : List.of("POST", "DELETE")) {
                String path = "/api/favorites/" + title;
                Op op = client.send("setup-harness", 0, Request.authenticated("setup", method, path, setupToken));
                if (op.status() != 200) {
                    System.out.println("setup failed: " + method + " " + path + " -> " + op.status() + " " + op.body());
                    System.exit(3);
                }
            }
        }
        for (String path : Titles.WARM_PATHS) {
            Op op = client.send("-", 0, Request.get("warm", path));
            if (op.status() != 200) {
                System.out.println("warm-up failed: " + path + " -> " + op.status());
                System.exit(3);
            }
        }
        for (Account account : accounts) {
            client.send(account.uid(), 0, Request.authenticated("me", "GET", "/api/me", account.token()));
        }
    }
}
