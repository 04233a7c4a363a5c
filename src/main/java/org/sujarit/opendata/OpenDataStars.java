package org.sujarit.opendata;

/**
 * Tim Berners-Lee's 5-star open data as it applies here: the file the LAO had (PDF ★, Excel ★★, CSV
 * ★★★) and what Sujarit publishes from a valid document (CSV whose codes are URIs: ★★★★).
 *
 * @param source stars of the uploaded file
 * @param published stars of the files Sujarit makes, 0 while the document is not valid
 */
public record OpenDataStars(int source, int published) {

	static OpenDataStars of(BudgetDocument document) {
		int source = 0;
		if (document.fileType() != null) {
			String type = document.fileType();
			if (type.equals("application/pdf")) {
				source = 1;
			}
			else if (type.startsWith("text/")) {
				source = 3;
			}
			else {
				source = 2;
			}
		}
		return new OpenDataStars(source, document.valid() ? 4 : 0);
	}

}
