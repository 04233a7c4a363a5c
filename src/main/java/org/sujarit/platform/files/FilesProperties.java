package org.sujarit.platform.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads live and how large they may be. {@code root} must be outside anything the web server
 * serves; files are named by UUID with no extension. The zip limits guard Office/ODF containers against
 * zip bombs: at most {@code zipMaxEntries} entries, {@code zipMaxUncompressed} bytes once inflated, and
 * no entry inflating more than {@code zipMaxRatio} times its compressed size.
 */
@ConfigurationProperties("sujarit.files")
public record FilesProperties(@DefaultValue("data/files") Path root, @DefaultValue("20MB") DataSize maxSize,
		@DefaultValue("10000") int zipMaxEntries, @DefaultValue("1GB") DataSize zipMaxUncompressed,
		@DefaultValue("100") int zipMaxRatio) {

	OfficeZip.Limits zipLimits() {
		return new OfficeZip.Limits(zipMaxEntries, zipMaxUncompressed.toBytes(), zipMaxRatio);
	}

}
