package org.sujarit.platform.tabular;

/**
 * What an uploaded table turned out to be, judged by its content: a workbook, or CSV text and the
 * encoding it was read in (see {@link RowHandler#format(TabularFormat)}).
 */
public enum TabularFormat {

	XLSX, XLS, CSV_UTF8, CSV_UTF16, CSV_WINDOWS_874

}
