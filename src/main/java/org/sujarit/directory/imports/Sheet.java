package org.sujarit.directory.imports;

import java.util.List;

/**
 * The rows of an uploaded file (header first) and the format it was read as.
 */
record Sheet(ImportFormat format, List<SheetRow> rows) {
}
