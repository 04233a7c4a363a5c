package org.sujarit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Plain JDBC for the benchmarks: parameters bound by position, Java arrays sent as PostgreSQL arrays (for
 * {@code unnest}), and COPY in text format.
 */
final class Sql {

	private Sql() {
	}

	static int update(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, params)) {
			return statement.executeUpdate();
		}
	}

	static List<Object[]> rows(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			List<Object[]> rows = new ArrayList<>();
			while (rs.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = rs.getObject(i + 1);
				}
				rows.add(row);
			}
			return rows;
		}
	}

	static List<Long> longs(Connection connection, String sql, Object... params) throws SQLException {
		return rows(connection, sql, params).stream().map(row -> ((Number) row[0]).longValue()).toList();
	}

	static long single(Connection connection, String sql, Object... params) throws SQLException {
		return longs(connection, sql, params).get(0);
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < params.length; i++) {
			Object param = params[i];
			if (param instanceof String[] strings) {
				param = array(connection, "text", strings);
			}
			else if (param instanceof Long[] longs) {
				param = array(connection, "bigint", longs);
			}
			else if (param instanceof Integer[] ints) {
				param = array(connection, "int", ints);
			}
			else if (param instanceof Boolean[] booleans) {
				param = array(connection, "boolean", booleans);
			}
			statement.setObject(i + 1, param);
		}
		return statement;
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}

	/** COPY ... FROM STDIN of rows already in COPY text format; returns the rows copied. */
	static long copy(Connection connection, String copySql, CharSequence text) throws SQLException, IOException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		return pg.getCopyAPI()
			.copyIn(copySql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** Appends one COPY text-format row; null is {@code \N}. */
	static void copyRow(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
				continue;
			}
			String text = value.toString();
			for (int c = 0; c < text.length(); c++) {
				char ch = text.charAt(c);
				switch (ch) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(ch);
				}
			}
		}
		out.append('\n');
	}

}
