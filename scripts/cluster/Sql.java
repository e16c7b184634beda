import java.sql.Connection;
import java.sql.ResultSet;

/** The checks' one query shape: a statement with one string parameter, read row by row. */
final class Sql {

    interface RowFn {
        void row(ResultSet rs) throws Exception;
    }

    private Sql() {}

    static void query(Connection db, String sql, String arg, RowFn fn) throws Exception {
        try (var ps = db.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fn.row(rs);
                }
            }
        }
    }
}
