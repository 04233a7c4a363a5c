package org.sujarit.opendata;

/** The open-data files Sujarit makes of a valid budget document. */
public enum OutputFormat {

	CSV(".csv", "text/csv;charset=UTF-8", "CSV"),

	XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),

	/** Frictionless / Fiscal Data Package descriptor. */
	DATAPACKAGE("-datapackage.json", "application/json", "JSON"),

	/** W3C CSV on the Web metadata (Thai column titles). */
	CSVW(".csv-metadata.json", "application/csvm+json", "JSON");

	private final String suffix;

	private final String mediaType;

	private final String ckanFormat;

	OutputFormat(String suffix, String mediaType, String ckanFormat) {
		this.suffix = suffix;
		this.mediaType = mediaType;
		this.ckanFormat = ckanFormat;
	}

	/** Appended to the document's base name ({@code budget-2560101-2569-ordinance}). */
	public String suffix() {
		return suffix;
	}

	public String mediaType() {
		return mediaType;
	}

	public String ckanFormat() {
		return ckanFormat;
	}

	/** Whether the file holds the budget's table (the others describe it). */
	public boolean tabular() {
		return this == CSV || this == XLSX;
	}

}
