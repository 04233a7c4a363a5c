package org.sujarit.opendata;

import java.math.BigDecimal;

/**
 * The published amount of one document under one plan (แผนงาน) or budget group (งบ): {@code code} is the
 * code-list key (null when the printed name matched none), {@code name} the Thai name.
 */
public record PublishedTotal(long documentId, String code, String name, BigDecimal amount) {
}
