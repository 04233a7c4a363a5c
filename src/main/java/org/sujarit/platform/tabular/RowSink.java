package org.sujarit.platform.tabular;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.platform.web.DomainException;

/**
 * Between the format readers and the caller's handler: drops blank rows and trailing empty cells,
 * enforces the row, column and cell limits, and keeps failures of the caller's handler apart from
 * failures of reading.
 */
final class RowSink {

	/** The caller's handler failed; unwrapped again before reaching the caller. */
	static final class HandlerFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HandlerFailure(RuntimeException cause) {
			super(cause);
		}

		RuntimeException original() {
			return (RuntimeException) getCause();
		}

	}

	private final RowHandler handler;

	private final TabularProperties limits;

	private long rows;

	private long cells;

	RowSink(RowHandler handler, TabularProperties limits) {
		this.handler = handler;
		this.limits = limits;
	}

	void format(TabularFormat format) {
		try {
			handler.format(format);
		}
		catch (RuntimeException ex) {
			throw new HandlerFailure(ex);
		}
	}

	void sheet(String name, boolean hidden) {
		try {
			handler.sheet(name, hidden);
		}
		catch (RuntimeException ex) {
			throw new HandlerFailure(ex);
		}
	}

	/** Checked before a cell at {@code column} (0-based) is added to row {@code number}. */
	void checkColumn(int number, int column) {
		if (column >= limits.maxColumns()) {
			throw DomainException.invalid("platform.tabular.too-many-columns", number, limits.maxColumns());
		}
	}

	/** Emits the row unless it is blank; {@code values} may be changed. */
	void row(int number, List<String> values) {
		int end = values.size();
		while (end > 0 && values.get(end - 1).isEmpty()) {
			end--;
		}
		if (end == 0) {
			return;
		}
		if (end > limits.maxColumns()) {
			throw DomainException.invalid("platform.tabular.too-many-columns", number, limits.maxColumns());
		}
		if (++rows > limits.maxRows()) {
			throw DomainException.invalid("platform.tabular.too-many-rows", limits.maxRows());
		}
		cells += end;
		if (cells > limits.maxCells()) {
			throw DomainException.invalid("platform.tabular.too-many-cells", limits.maxCells());
		}
		Row row = new Row(number, end == values.size() ? values : new ArrayList<>(values.subList(0, end)));
		try {
			handler.row(row);
		}
		catch (RuntimeException ex) {
			throw new HandlerFailure(ex);
		}
	}

}
