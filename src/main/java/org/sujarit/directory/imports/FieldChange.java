package org.sujarit.directory.imports;

/**
 * One field a row would change on an existing agency; {@code field} is the column header.
 */
public record FieldChange(String field, String before, String after) {
}
