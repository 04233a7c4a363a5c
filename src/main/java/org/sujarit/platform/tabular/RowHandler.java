package org.sujarit.platform.tabular;

/**
 * Receives a workbook one row at a time, for files too large to hold as a list (see
 * {@link TabularReader#read(java.io.InputStream, String, RowHandler)}). Rows arrive sheet by sheet in
 * file order; an exception thrown here stops reading and reaches the caller unchanged.
 */
public interface RowHandler {

	/** What the content turned out to be; called once, before the first sheet. */
	default void format(TabularFormat format) {
	}

	/** A new sheet starts; its rows follow. */
	default void sheet(String name, boolean hidden) {
	}

	void row(Row row);

}
