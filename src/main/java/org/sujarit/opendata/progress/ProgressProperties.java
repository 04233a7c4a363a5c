package org.sujarit.opendata.progress;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress tracking settings.
 *
 * @param paoTarget percentage of the 76 PAOs (อบจ.) that should publish each document (the seed's 80)
 */
@ConfigurationProperties("sujarit.opendata.progress")
record ProgressProperties(@DefaultValue("80") BigDecimal paoTarget) {
}
