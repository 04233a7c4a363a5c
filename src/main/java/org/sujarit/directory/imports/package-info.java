/**
 * Bulk agency data: the national list of local governments loaded at start-up, and agency import files
 * (CSV or XLSX) checked in a dry run, kept in the database, then applied in one transaction.
 */
package org.sujarit.directory.imports;
