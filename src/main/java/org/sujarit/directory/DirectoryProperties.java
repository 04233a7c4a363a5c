package org.sujarit.directory;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Directory settings.
 *
 * @param registrationTarget percentage of target agencies that should have an account (KPI, default 80)
 * @param importMaxSize largest agency import file accepted
 * @param importMaxRows most data rows accepted in one import file
 */
@ConfigurationProperties("sujarit.directory")
public record DirectoryProperties(@DefaultValue("80") BigDecimal registrationTarget,
		@DefaultValue("5MB") DataSize importMaxSize, @DefaultValue("20000") int importMaxRows) {
}
