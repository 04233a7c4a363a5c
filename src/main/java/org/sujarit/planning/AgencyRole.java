package org.sujarit.planning;

/**
 * An agency's part in an activity.
 */
public enum AgencyRole {

	/** หน่วยงานหลัก: carries out the activity and answers for it. */
	LEAD,
	/** หน่วยงานร่วม: takes part. */
	CO

}
