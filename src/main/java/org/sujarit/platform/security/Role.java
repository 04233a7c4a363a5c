package org.sujarit.platform.security;

/**
 * What a user may do. Public readers are anonymous and have no role.
 */
public enum Role {

	/** ผู้ดูแลระบบ: users, reference data, audit verification. */
	SYSTEM_ADMIN,
	/** ผู้ประสานงาน (สำนักงาน ป.ป.ท.): plans, rounds, review of every agency's reports. */
	COORDINATOR,
	/** ผู้รายงานของหน่วยงาน: fills and submits their own agency's reports. */
	AGENCY_REPORTER,
	/** ผู้อนุมัติของหน่วยงาน: signs off their own agency's reports before they go to the coordinator. */
	AGENCY_APPROVER,
	/** คณะทำงาน: reads the activities aimed at their working group's CPI sources. */
	WORKING_GROUP_MEMBER;

	public String authority() {
		return "ROLE_" + name();
	}

}
