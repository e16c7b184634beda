import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.List;

/** One user of the load and the token it sends. */
record Account(String uid, String token) {

    /** Users prefix0..prefixN-1: the prefix is new each run, so a run's rows are told apart in the database. */
    static List<Account> mint(RSAKey key, String prefix, int users) throws Exception {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String uid = prefix + i;
            accounts.add(new Account(uid, Tokens.mint(key, uid)));
        }
        return accounts;
    }
}
