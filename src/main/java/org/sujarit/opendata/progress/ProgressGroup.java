package org.sujarit.opendata.progress;

import org.sujarit.directory.AgencyType;

/**
 * One row of a progress table: the LAOs of one province, or of one type.
 *
 * @param type set for rows by type
 * @param provinceCode set for rows by province
 * @param provinceTh set for rows by province
 */
public record ProgressGroup(AgencyType type, String provinceCode, String provinceTh, StateCounts counts) {
}
