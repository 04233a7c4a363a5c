package org.sujarit.opendata;

/**
 * Whose budget an open-data file is: what the files' names, titles and LAO columns are made of. A stored
 * document is one; so is each LAO of a national batch, which is packaged without being stored.
 */
record BudgetDataset(String laoCode, String laoNameTh, int fiscalYear, DocumentType documentType) {

	static BudgetDataset of(BudgetDocument document) {
		return new BudgetDataset(document.laoCode(), document.laoNameTh(), document.fiscalYear(), document.documentType());
	}

}
