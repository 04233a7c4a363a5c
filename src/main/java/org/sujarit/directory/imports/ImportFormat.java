package org.sujarit.directory.imports;

/**
 * What an uploaded file turned out to be, judged by its content, never its name.
 */
public enum ImportFormat {

	XLSX, CSV_UTF8, CSV_UTF16, CSV_WINDOWS_874

}
