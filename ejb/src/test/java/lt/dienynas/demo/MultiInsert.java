package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Multi-row {@code INSERT ... VALUES (...), (...), ...} of up to {@link #ROWS} rows per statement:
 * one round trip per thousand rows instead of one per row. Rows are buffered; {@link #close()}
 * writes the rest. Shared by the demo school and the benchmark.
 */
public final class MultiInsert implements AutoCloseable {
  public static final int ROWS = 1000;

  private final Connection connection;
  private final String head;
  private final int columns;
  private final List<Object[]> pending = new ArrayList<>(ROWS);
  private long written;

  public MultiInsert(Connection connection, String table, String... columns) {
    this.connection = connection;
    this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
    this.columns = columns.length;
  }

  /**
   * The table's highest id, locked until the transaction ends: the rows written with the ids above
   * it cannot meet a row the running server inserts meanwhile (a notice delivered on its schedule),
   * which waits. The lock needs REPEATABLE READ; {@link #reserving} sets it.
   */
  public static long highestId(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM " + table + " FOR UPDATE");
        var rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Sets the isolation under which {@link #highestId} holds back other inserts and returns the
   * previous one, to be restored when the load ends.
   */
  public static int reserving(Connection connection) throws SQLException {
    int previous = connection.getTransactionIsolation();
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    return previous;
  }

  public void add(Object... values) throws SQLException {
    if (values.length != columns) {
      throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
    }
    pending.add(values);
    if (pending.size() == ROWS) {
      flush();
    }
  }

  public long written() {
    return written + pending.size();
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    String sql = head + String.join(", ", Collections.nCopies(pending.size(), row));
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 1;
      for (Object[] values : pending) {
        for (Object value : values) {
          if (value == null) {
            ps.setNull(i++, Types.NULL);
          } else {
            ps.setObject(i++, value);
          }
        }
      }
      ps.executeUpdate();
    }
    written += pending.size();
    pending.clear();
  }

  @Override
  public void close() throws SQLException {
    flush();
  }
}
