package org.sujarit.reporting;

/**
 * Where a report is in its review workflow (สถานะการรายงาน).
 */
public enum ReportState {

	/** Expected from the agency; nothing saved yet. */
	EXPECTED,
	/** ร่าง: saved by the reporter, not yet submitted. */
	DRAFT,
	/** ส่งแล้ว: waiting for the agency's approver. */
	SUBMITTED,
	/** หน่วยงานอนุมัติแล้ว: waiting for the coordinator. */
	APPROVED,
	/** ส่งกลับแก้ไข: returned with a reason, by the approver or the coordinator. */
	RETURNED,
	/** รับรายงานแล้ว: accepted by the coordinator and locked. */
	ACCEPTED;

	/** Counts as received for completeness: it has reached the agency's approver at least. */
	public boolean received() {
		return this == SUBMITTED || this == APPROVED || this == ACCEPTED;
	}

	public boolean editableByAgency() {
		return this == EXPECTED || this == DRAFT || this == RETURNED;
	}

}
