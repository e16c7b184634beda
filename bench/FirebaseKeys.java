// Stands in for Google's securetoken key endpoint for benchmark runs of the -Dproduction jar,
// which has no dev token issuer: publishes one RSA key as a JWK set over HTTP and writes ID tokens
// shaped like Firebase's (RS256, kid, iss/aud of the project, sub, iat/exp/auth_time) for users
// u000001..uCOUNT, one per line. JDK only, so it runs as a single-file program:
//
//   java bench/FirebaseKeys.java PORT PROJECT_ID COUNT FILE &
//   FIREBASE_PROJECT_ID=PROJECT_ID FIREBASE_JWKS_URI=http://127.0.0.1:PORT/jwks java -jar ...
//
// It serves until killed; the tokens expire after an hour.
import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

public class FirebaseKeys {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java bench/FirebaseKeys.java PORT PROJECT_ID COUNT FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String project = args[1];
        int count = Integer.parseInt(args[2]);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        String kid = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        byte[] jwks = """
                {"keys":[{"kty":"RSA","alg":"RS256","use":"sig","kid":"%s","n":"%s","e":"%s"}]}""".formatted(kid, unsigned(publicKey.getModulus()), unsigned(publicKey.getPublicExponent()))
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=19004, must-revalidate, no-transform");
            exchange.sendResponseHeaders(200, jwks.length);
            try (var out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        String header = encode("{\"alg\":\"RS256\",\"kid\":\"%s\",\"typ\":\"JWT\"}".formatted(kid));
        long now = System.currentTimeMillis() / 1000;
        List<String> tokens = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String uid = "u%06d".formatted(n);
            String claims =
                    encode("""
                    {"iss":"https://securetoken.google.com/%s","aud":"%s","sub":"%s","user_id":"%s",\
                    "iat":%d,"exp":%d,"auth_time":%d,"email":"%s@example.com","name":"Bench %s"}""".formatted(project, project, uid, uid, now - 60, now + 3600, now - 120, uid, uid));
            rs256.initSign(key.getPrivate());
            rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            tokens.add(header + "." + claims + "." + URL.encodeToString(rs256.sign()));
        }
        Files.write(Path.of(args[3]), tokens);
        System.out.println("serving http://127.0.0.1:" + port + "/jwks; " + count + " tokens in " + args[3]);
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // a JWK's n and e are the big-endian magnitude without the sign byte
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return URL.encodeToString(bytes);
    }
}
