import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Firebase-shaped ID tokens signed with the fake key endpoint's key: the instances verify them as
 * they would verify Google's (issuer, audience, times, key id), so the load is authenticated for real.
 */
final class Tokens {

    private Tokens() {}

    static String mint(RSAKey key, String uid) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://securetoken.google.com/frameratr-cluster")
                .audience("frameratr-cluster")
                .subject(uid)
                .issueTime(Date.from(now.minusSeconds(30)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("auth_time", now.minusSeconds(60).getEpochSecond())
                .claim("email", uid + "@cluster.example")
                .claim("name", "User " + uid)
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
