package org.sujarit.opendata;

/** The kinds of budget document a local government publishes. */
public enum DocumentType {

	/** ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี: the annual expenditure budget ordinance. */
	ORDINANCE,

	/** ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม: a supplementary budget ordinance. */
	SUPPLEMENTARY,

	/** การโอนงบประมาณรายจ่าย: a transfer between budget lines. */
	TRANSFER,

	/** เงินอุดหนุนเฉพาะกิจ: specific-purpose subsidies. */
	SPECIFIC_SUBSIDY,

	/** เงินสะสม: spending from accumulated funds. */
	ACCUMULATED_FUNDS

}
