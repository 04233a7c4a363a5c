package org.sujarit.platform.tabular;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on user-supplied tables. {@code maxRows} and {@code maxCells} count the whole workbook;
 * {@code maxColumns} is Excel's own column limit; {@code maxCellLength} (Excel's cell limit) stops a CSV
 * with an unbalanced quote from becoming one giant cell.
 */
@ConfigurationProperties("sujarit.tabular")
public record TabularProperties(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("1000000") int maxRows,
		@DefaultValue("16384") int maxColumns, @DefaultValue("20000000") long maxCells,
		@DefaultValue("32767") int maxCellLength, @DefaultValue("10000") int zipMaxEntries,
		@DefaultValue("2GB") DataSize zipMaxUncompressed, @DefaultValue("100") int zipMaxRatio) {

	public static TabularProperties defaults() {
		return new TabularProperties(DataSize.ofMegabytes(50), 1_000_000, 16_384, 20_000_000, 32_767, 10_000,
				DataSize.ofGigabytes(2), 100);
	}

}
